import { OrganizationPredicate } from '@kinerja/shared';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: "An agency's own predicate in a cycle (predikat kinerja organisasi)." })
export class AgencyResultSetInput {
  @Field(() => ID, { description: 'The cycle.' })
  cycleId!: string;

  @Field(() => ID, { description: 'The agency or unit, in your subtree.' })
  agencyId!: string;

  @Field(() => OrganizationPredicate, { description: "The agency's own predicate; replaces any earlier one for this cycle." })
  organisationPredicate!: OrganizationPredicate;
}
