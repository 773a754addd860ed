import { defineConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript sources ("development" export condition).
export default defineConfig({
  resolve: { conditions: ['development'] },
  ssr: { resolve: { conditions: ['development'] } },
  // Integration tests start a real database per file; on a loaded 2-core machine that can take a while.
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // With ZC_TEST_LOG_FILE (set by `pnpm test`) the run fails if its log holds personal data or secrets.
    globalSetup: ['test/log-scan.global-setup.ts'],
  },
});
