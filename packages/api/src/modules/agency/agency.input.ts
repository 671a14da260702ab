import { AgencyKind } from '@kinerja/shared';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A new agency or unit below an existing one (or, for an ADMIN, a new top-level pemda).' })
export class AgencyCreateInput {
  @Field(() => String, { description: "Unique code (natural key in datasets): 1–64 letters, digits, '.', '-', '_' or '/'." })
  code!: string;

  @Field(() => String, { description: 'Official name, at most 300 characters.' })
  name!: string;

  @Field(() => AgencyKind, { description: 'Kind of agency.' })
  kind!: AgencyKind;

  @Field(() => ID, { nullable: true, description: 'Parent agency, in your subtree. Omit only to create a top-level pemda (ADMIN only).' })
  parentId?: string | null;
}

@InputType({ description: 'Changes to an agency. Omitted fields stay as they are.' })
export class AgencyUpdateInput {
  @Field(() => ID, { description: 'The agency to change; it must be in your subtree.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New unique code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New official name.' })
  name?: string | null;

  @Field(() => AgencyKind, { nullable: true, description: 'New kind.' })
  kind?: AgencyKind | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Move the agency (with everything below it) under this parent, which must be in your subtree and not below the agency itself. '
      + 'Null makes it a top-level pemda (ADMIN only); omit to keep the parent.',
  })
  parentId?: string | null;
}
