import 'reflect-metadata';
import './enums.js';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AgencyResolver } from '../../modules/agency/agency.resolver.js';
import { CompetencyResolver } from '../../modules/competency/competency.resolver.js';
import { CycleResolver } from '../../modules/cycle/cycle.resolver.js';
import { EmployeeResolver } from '../../modules/employee/employee.resolver.js';
import { PositionRequirementResolver, PositionResolver } from '../../modules/position/position.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  AgencyResolver, CompetencyResolver, CycleResolver, EmployeeResolver, PositionResolver, PositionRequirementResolver,
];

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process. */
export function kinerjaSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, validate: false }).then((schema) => {
    schema.getQueryType()!.description = 'Everything Kinerja answers: reference data, employees and analytics.';
    return schema;
  });
  return built;
}

/** SDL as committed in packages/api/schema.graphql (sorted, so diffs show real changes only). */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await kinerjaSchema()))}\n`;
}
