import 'reflect-metadata';
import './enums.js';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../auth/auth-checker.js';
import type { ResolverClass } from '../module.js';

const built = new WeakMap<readonly ResolverClass[], Promise<GraphQLSchema>>();

/** The executable schema over the features' resolvers (src/app.ts), built once per resolver list. */
export function kinerjaSchema(resolvers: readonly ResolverClass[]): Promise<GraphQLSchema> {
  const cached = built.get(resolvers);
  if (cached) return cached;
    const schema = buildSchema({ resolvers: [...resolvers] as NonEmptyArray<ResolverClass>, validate: false, authChecker, authMode: 'error' }).then((schema) => {
    schema.getQueryType()!.description = 'Everything Kinerja answers: reference data, employees and analytics.';
    const mutation = schema.getMutationType();
    if (mutation) mutation.description = 'Every change: sign-in, the appraisal workflow and reference data. Each takes one `input` and returns a payload with `userErrors`.';
    return schema;
  });
  built.set(resolvers, schema);
  return schema;
}

/** SDL as committed in packages/api/schema.graphql (sorted, so diffs show real changes only). */
export async function schemaSdl(resolvers: readonly ResolverClass[]): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await kinerjaSchema(resolvers)))}\n`;
}
