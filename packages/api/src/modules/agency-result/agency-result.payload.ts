import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/graphql/errors.js';
import { AgencyResult } from './agency-result.entity.js';

@ObjectType({ description: "Result of setting an agency's own predicate." })
export class AgencyResultPayload {
  @Field(() => AgencyResult, { nullable: true, description: 'The stored result; null when nothing was changed.' })
  agencyResult!: AgencyResult | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}
