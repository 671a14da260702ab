import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// One runner for the whole repo. Database projects share one PostgreSQL (embedded, or DATABASE_URL)
// started by the global setup; every test file gets its own fresh database from it.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          root: 'packages/shared',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'api',
          root: 'packages/api',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./src/common/testing/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'dashboard',
          root: 'packages/dashboard',
          include: ['src/**/*.test.ts'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'e2e',
          root: 'packages/dashboard',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['../api/src/common/testing/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
