import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources ("development" export condition).
export default defineConfig({
  resolve: { conditions: ['development'] },
  ssr: { resolve: { conditions: ['development'] } },
  // Generating the schema from the whole OpenAPI document takes 1–2 s alone and 10 s on a busy 2-core
  // CI machine; vitest's 5 s default failed there.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 60_000 },
});
