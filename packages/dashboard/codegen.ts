import type { CodegenConfig } from '@graphql-codegen/cli';

// Client operations live one per file next to their feature (features/<x>/graphql/*.graphql) and are
// typed against the schema that packages/api emits and commits. Re-run after either changes:
//   pnpm --filter @kinerja/dashboard codegen
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    './src/graphql/generated/': {
      preset: 'client',
      presetConfig: {
        // Fragments (the headline figures) are shared selections, not data boundaries: their fields
        // stay readable on the query result.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        // The API's custom scalars are strings on the wire until the schema says otherwise.
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
