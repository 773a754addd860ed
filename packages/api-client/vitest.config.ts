import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources ("development" export condition).
export default defineConfig({
  resolve: { conditions: ['development'] },
  ssr: { resolve: { conditions: ['development'] } },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
