// @ts-check
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', '**/scratch/**', '.kinerja/**', 'coverage/**'],
  },
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Vue's attribute layout rules are formatting, not correctness.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  // Import boundaries (docs/ARCHITECTURE.md): shared plumbing never reaches into features; features
  // register themselves through the composition root (packages/api/src/app.ts). Tests are exempt:
  // they exercise the assembled app.
  {
    files: ['packages/api/src/common/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['**/modules/**', '**/demo/**', '**/cli/**', '**/analytics/**', '**/testing/test-app*', '**/app.js', '**/server.js'],
          message: 'common/ must not import features, demo, CLI, analytics or the composition root: take what you need as a parameter (FeatureModule, src/app.ts).',
        }],
      }],
    },
  },
  {
    files: ['packages/api/src/analytics/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['**/modules/**', '**/demo/**', '**/cli/**', '**/testing/**', '**/app.js', '**/server.js'],
          message: 'analytics/ is SQL over the tables: it must not import feature modules, demo data, the CLI or test support.',
        }],
      }],
    },
  },
  {
    files: ['packages/dashboard/src/graphql/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['**/features/**'],
          message: 'graphql/ is the transport: features subscribe to it (e.g. onUnauthenticated), it never imports a feature.',
        }],
      }],
    },
  },
);
