import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// type-graphql loads graphql's CommonJS build; Vite would otherwise give the tests its ESM build,
// and two copies of graphql refuse each other's types. Node itself resolves to CommonJS too.
const requireFromApi = createRequire(new URL('./packages/api/package.json', import.meta.url));
const graphqlCjs = { graphql: requireFromApi.resolve('graphql') };

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
        resolve: { alias: graphqlCjs },
        test: {
          name: 'api',
          root: 'packages/api',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./src/common/testing/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: true,
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
        resolve: { alias: graphqlCjs },
        test: {
          name: 'e2e',
          root: 'packages/dashboard',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['../api/src/common/testing/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // Browser tests run after the rest, alone: they start servers and a browser.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
