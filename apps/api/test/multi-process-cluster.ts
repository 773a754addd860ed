import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** apps/api: the server runs from here exactly as `pnpm dev` runs it (TypeScript sources through tsx). */
const apiDir = fileURLToPath(new URL('..', import.meta.url));

export interface ApiProcess {
  name: string;
  url: string;
  child: ChildProcess;
  /** The end of what the process wrote, for failure messages (its stack lines quoted, so that vitest
   * does not take them for the test's own stack and trip over their source maps). */
  output(): string;
}

/** A port nobody listens on right now (the server needs a fixed PORT, 0 is refused by the config). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** Starts `src/server.ts` in a child process with `env` on top of a clean environment. */
export function startApi(name: string, port: number, env: Record<string, string>): ApiProcess {
  const { DATABASE_URL: _db, MIGRATION_DATABASE_URL: _owner, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'src/server.ts'], {
    cwd: apiDir,
    env: { ...inherited, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { name, url: `http://127.0.0.1:${port}`, child, output: () => output.replace(/^/gm, '| ') };
}

/** Resolves once `/readyz` answers 200; rejects with the process's output if it exits or takes too long. */
export async function waitReady(api: ApiProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null) {
      throw new Error(`${api.name} exited (${api.child.exitCode}):\n${api.output()}`);
    }
    try {
      if ((await fetch(`${api.url}/readyz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${api.name} not ready within ${timeoutMs} ms:\n${api.output()}`);
}

/** SIGTERM (graceful shutdown), then SIGKILL if it has not exited within `graceMs`. */
export async function stopApi(api: ApiProcess | undefined, graceMs = 5_000): Promise<void> {
  if (!api || api.child.exitCode !== null || api.child.signalCode !== null) return;
  const exited = new Promise((resolve) => api.child.once('exit', resolve));
  api.child.kill('SIGTERM');
  const timer = setTimeout(() => api.child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
