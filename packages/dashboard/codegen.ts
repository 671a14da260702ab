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
        // Operations are whole documents; there are no fragments to mask yet.
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
