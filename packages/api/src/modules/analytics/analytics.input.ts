import { CompetencyCategory, EmploymentType, PositionType } from '@kinerja/shared';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';

@InputType({ description: 'What an analytics figure is about: one cycle and one agency subtree, optionally narrowed (SPEC §5).' })
export class AnalyticsFilter {
  @Field(() => ID, { nullable: true, description: 'The cycle, by id (or give cycleCode).' })
  cycleId?: string | null;

  @Field(() => String, { nullable: true, description: 'The cycle, by code, e.g. "2025-TAHUNAN".' })
  cycleCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: the figures of your team — the direct and indirect subordinates of the employee your account is linked to, wherever they are placed (SPEC §6, SUPERVISOR) — computed from their own records; agencyId and agencyCode are then ignored. For analyticsSummary, trend, competencyGaps (groupBy COMPETENCY) and talentBoxes (not its members). Without it a SUPERVISOR reads no aggregates.",
  })
  team?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Root of the agency subtree, by id (or give agencyCode). Defaults to your own agency.' })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Root of the agency subtree, by code, e.g. "KDI". Defaults to your own agency.' })
  agencyCode?: string | null;

  @Field(() => [PositionType], { nullable: true, description: 'Only employees whose position is of one of these types. Not for analysts (BAD_USER_INPUT): a cut of an agency could single out a small group.' })
  positionTypes?: PositionType[] | null;

  @Field(() => [EmploymentType], { nullable: true, description: 'Only PNS, only PPPK, or both. Not for analysts (BAD_USER_INPUT), like positionTypes.' })
  employmentTypes?: EmploymentType[] | null;

  @Field(() => [CompetencyCategory], { nullable: true, description: 'Only competencies of these categories.' })
  competencyCategories?: CompetencyCategory[] | null;
}

export const GapGrouping = { COMPETENCY: 'COMPETENCY', AGENCY: 'AGENCY' } as const;
export type GapGrouping = (typeof GapGrouping)[keyof typeof GapGrouping];
registerEnumType(GapGrouping, {
  name: 'GapGrouping',
  description: 'How competency gap rows are grouped.',
  valuesConfig: {
    COMPETENCY: { description: 'One row per competency for the whole scope.' },
    AGENCY: { description: "One row per child agency (its whole subtree) × competency, plus the scope agency's own employees." },
  },
});

export const AgencyGrouping = { SCOPE: 'SCOPE', CHILD: 'CHILD', OWN: 'OWN' } as const;
export type AgencyGrouping = (typeof AgencyGrouping)[keyof typeof AgencyGrouping];
registerEnumType(AgencyGrouping, {
  name: 'AgencyGrouping',
  description: 'Which part of the scope a row covers.',
  valuesConfig: {
    SCOPE: { description: 'The filter agency and everything below it.' },
    CHILD: { description: 'One child agency of the filter agency and everything below it.' },
    OWN: { description: 'Employees placed directly in the filter agency (not in a child).' },
  },
});
