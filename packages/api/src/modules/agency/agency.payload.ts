import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/graphql/errors.js';
import { Agency } from './agency.entity.js';

@ObjectType({ description: 'Result of creating or changing an agency.' })
export class AgencyPayload {
  @Field(() => Agency, { nullable: true, description: 'The agency after the change; null when nothing was changed.' })
  agency!: Agency | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}
