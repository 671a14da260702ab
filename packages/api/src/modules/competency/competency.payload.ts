import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/graphql/errors.js';
import { Competency } from './competency.entity.js';

@ObjectType({ description: 'Result of creating or changing a competency.' })
export class CompetencyPayload {
  @Field(() => Competency, { nullable: true, description: 'The competency after the change; null when nothing was changed.' })
  competency!: Competency | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}
