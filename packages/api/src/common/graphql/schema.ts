import 'reflect-metadata';
import './enums.js';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../auth/auth-checker.js';
import { AccountResolver } from '../../modules/account/account.resolver.js';
import { AgencyResolver } from '../../modules/agency/agency.resolver.js';
import { ANALYTICS_RESOLVERS } from '../../modules/analytics/analytics.resolver.js';
import {
  AppraisalCompetencyResolver, CompetencyAssessmentResolver, FeedbackResolver, ObjectionResolver, PerformanceTargetResolver,
} from '../../modules/appraisal/appraisal-parts.resolver.js';
import { AppraisalResolver } from '../../modules/appraisal/appraisal.resolver.js';
import { AuditResolver } from '../../modules/audit/audit.resolver.js';
import { CompetencyResolver } from '../../modules/competency/competency.resolver.js';
import { CycleResolver } from '../../modules/cycle/cycle.resolver.js';
import { EmployeeResolver } from '../../modules/employee/employee.resolver.js';
import { PositionRequirementResolver, PositionResolver } from '../../modules/position/position.resolver.js';
import { TrainingProgramResolver, TrainingRecordResolver } from '../../modules/training/training.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  AccountResolver, AgencyResolver, CompetencyResolver, CycleResolver, EmployeeResolver, PositionResolver, PositionRequirementResolver,
  AppraisalResolver, PerformanceTargetResolver, CompetencyAssessmentResolver, AppraisalCompetencyResolver, FeedbackResolver,
  ObjectionResolver, AuditResolver, TrainingProgramResolver, TrainingRecordResolver, ...ANALYTICS_RESOLVERS,
];

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process. */
export function kinerjaSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, validate: false, authChecker, authMode: 'error' }).then((schema) => {
    schema.getQueryType()!.description = 'Everything Kinerja answers: reference data, employees and analytics.';
    const mutation = schema.getMutationType();
    if (mutation) mutation.description = 'Every change: sign-in, the appraisal workflow and reference data. Each takes one `input` and returns a payload with `userErrors`.';
    return schema;
  });
  return built;
}

/** SDL as committed in packages/api/schema.graphql (sorted, so diffs show real changes only). */
export async function schemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await kinerjaSchema()))}\n`;
}
