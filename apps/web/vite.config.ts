import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const apiTarget = 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Workspace packages export their TypeScript source under the `development` condition.
    conditions: ['development', 'module', 'browser', 'default'],
  },
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      treeshake: {
        // antd's Input reaches rc-form only for its context; the package does not declare itself
        // side-effect free, so without this its whole engine (and async-validator) lands in the
        // login bundle.
        moduleSideEffects: (id: string) => !/[\\/]@rc-component[\\/](form|async-validator)[\\/]/.test(id),
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    testTimeout: 15_000,
  },
});
