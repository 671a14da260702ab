import { CompetencyCategory } from '@kinerja/shared';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A new competency in the catalogue.' })
export class CompetencyCreateInput {
  @Field(() => String, { description: "Unique code, e.g. T-KEU: 1–64 letters, digits, '.', '-', '_' or '/'." })
  code!: string;

  @Field(() => String, { description: 'Name in Bahasa Indonesia, at most 300 characters.' })
  name!: string;

  @Field(() => CompetencyCategory, { description: 'Managerial, socio-cultural or technical.' })
  category!: CompetencyCategory;

  @Field(() => [String], { description: 'What a person shows at each level: exactly five descriptors, level 1 first.' })
  levelDescriptors!: string[];
}

@InputType({ description: 'Changes to a competency. Omitted fields stay as they are.' })
export class CompetencyUpdateInput {
  @Field(() => ID, { description: 'The competency to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New unique code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => CompetencyCategory, { nullable: true, description: 'New category.' })
  category?: CompetencyCategory | null;

  @Field(() => [String], { nullable: true, description: 'All five level descriptors, level 1 first; they replace the current ones.' })
  levelDescriptors?: string[] | null;
}
