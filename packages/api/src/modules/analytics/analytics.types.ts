import { CycleKind, Predicate } from '@kinerja/shared';
import { Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import type { AnalyticsScope } from '../../analytics/index.js';
import type { Agency } from '../agency/agency.entity.js';
import type { Competency } from '../competency/competency.entity.js';
import type { Cycle } from '../cycle/cycle.entity.js';
import { ConnectionType } from '../../common/graphql/connection.js';
import { AgencyGrouping } from './analytics.input.js';

/*
 * Analytics rows as the API shows them. Ids of related records are kept as plain properties and
 * resolved to objects (agency, competency, cycle, employee) by the field resolvers through the
 * request's DataLoaders — or, for a list the operation asks them on, loaded for all its rows at once
 * (`related`). A figure is null when its group is suppressed for an analyst, or when its
 * denominator is zero ("no data" must not read as 0%).
 */

/** The records of a list's rows, by id, loaded at once for the nested fields the operation selects. */
export interface RelatedRecords {
  agencies?: ReadonlyMap<number, Agency | null>;
  competencies?: ReadonlyMap<number, Competency | null>;
  cycles?: ReadonlyMap<number, Cycle | null>;
}

const SUPPRESSED = 'True when the group has fewer than 5 employees and you are an ANALYST: every figure is then null (SPEC §5).';

@ObjectType({ description: 'Gap figures of one competency in one group (SPEC §5).' })
export class CompetencyGapRow {
  agencyId!: number | null;
  competencyId!: number;
  related?: RelatedRecords;

  @Field(() => AgencyGrouping, { nullable: true, description: 'Which part of the scope the row covers; null when grouped by competency only.' })
  grouping!: AgencyGrouping | null;

  @Field(() => Int, { nullable: true, description: "Required (employee, competency) pairs in the group: active employees whose position's standard includes the competency." })
  employees!: number | null;

  @Field(() => Int, { nullable: true, description: 'Required pairs with an assessed level (ASSESSOR, else SUPERVISOR).' })
  assessed!: number | null;

  @Field(() => Int, { nullable: true, description: 'Required pairs without an assessed level.' })
  unassessed!: number | null;

  @Field(() => Int, { nullable: true, description: 'Assessed pairs whose gap (required − assessed) is at least 1.' })
  withGap!: number | null;

  @Field(() => Float, { nullable: true, description: 'withGap / assessed.' })
  gapRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Σ max(0, required − assessed) / assessed, in levels.' })
  meanGap!: number | null;

  @Field(() => Int, { nullable: true, description: 'Σ max(0, required − assessed) over assessed pairs, in level-points.' })
  burden!: number | null;

  @Field(() => Boolean, { description: SUPPRESSED })
  suppressed!: boolean;
}

@ObjectType({ description: 'A training programme recommended for a gap: levelFrom ≤ assessed < levelTo, highest levelTo, then fewest hours, then lowest code.' })
export class RecommendedProgram {
  @Field(() => ID, { description: 'Programme id.' })
  id!: string;

  @Field(() => String, { description: 'Programme code.' })
  code!: string;

  @Field(() => String, { description: 'Programme title.' })
  title!: string;
}

@ObjectType({ description: 'A recommended programme of one competency and what sending its participants takes.' })
export class TrainingNeedProgramRow {
  @Field(() => RecommendedProgram, { description: 'The programme.' })
  program!: RecommendedProgram;

  @Field(() => Int, { description: 'Employees with a gap for whom this is the recommended programme.' })
  participants!: number;

  @Field(() => Float, { description: "participants × the programme's hoursJp." })
  hoursJp!: number;

  @Field(() => Float, { description: "participants × the programme's cost per participant, in rupiah." })
  cost!: number;
}

@ObjectType({ description: 'Training need (kebutuhan pelatihan) of one competency in the scope (SPEC §5).' })
export class TrainingNeedRow {
  competencyId!: number;

  @Field(() => Int, { nullable: true, description: 'Active employees in scope whose position requires the competency.' })
  employees!: number | null;

  @Field(() => Int, { nullable: true, description: 'Employees whose gap in the competency is at least 1.' })
  employeesWithGap!: number | null;

  @Field(() => Int, { nullable: true, description: 'Σ gap over those employees, in level-points.' })
  burden!: number | null;

  @Field(() => [TrainingNeedProgramRow], { nullable: true, description: 'Recommended programmes with their participant counts.' })
  programs!: TrainingNeedProgramRow[] | null;

  @Field(() => Float, { nullable: true, description: 'Σ hoursJp over the participants of the recommended programmes.' })
  estimatedHoursJp!: number | null;

  @Field(() => Float, { nullable: true, description: 'Σ cost over the participants of the recommended programmes, in rupiah.' })
  estimatedCost!: number | null;

  @Field(() => Int, { nullable: true, description: 'Employees with a gap that no programme in the catalogue covers (a catalogue hole).' })
  uncoveredEmployees!: number | null;

  @Field(() => Boolean, { description: SUPPRESSED })
  suppressed!: boolean;
}

@ObjectType({ description: 'Training needs of the scope, and its 20 JP compliance.' })
export class TrainingNeeds {
  @Field(() => [TrainingNeedRow], { description: 'One row per competency with at least one gap, by competency code.' })
  needs!: TrainingNeedRow[];

  @Field(() => Int, { nullable: true, description: 'Active employees in scope.' })
  headcount!: number | null;

  @Field(() => Int, { nullable: true, description: "Employees whose training records in the cycle's calendar year sum to at least 20 JP." })
  compliant!: number | null;

  @Field(() => Float, { nullable: true, description: 'compliant / headcount (the 20 JP rule).' })
  jp20Compliance!: number | null;

  @Field(() => Boolean, { description: SUPPRESSED })
  suppressed!: boolean;
}

@ObjectType({ description: 'Finalised appraisals with one predicate.' })
export class PredicateShare {
  @Field(() => Predicate, { description: 'The predicate.' })
  predicate!: Predicate;

  @Field(() => Int, { nullable: true, description: 'Finalised appraisals in scope with this predicate.' })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: 'count / finalised appraisals in scope.' })
  share!: number | null;
}

// The headline figures are one interface so that every type showing them (the summary, a trend point,
// a comparison row) carries the same fields with the same descriptions, and a client selects them
// with one fragment on HeadlineFigures.
@InterfaceType({ description: 'Headline figures of a cycle × agency subtree (SPEC §5), shared by the summary, each trend point and each comparison row.' })
export abstract class HeadlineFigures {
  @Field(() => Int, { nullable: true, description: 'Active employees in scope.' })
  headcount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Employees in scope with an appraisal in the cycle.' })
  appraisals!: number | null;

  @Field(() => Int, { nullable: true, description: 'Employees in scope whose appraisal in the cycle is FINALIZED.' })
  finalized!: number | null;

  @Field(() => Float, { nullable: true, description: 'finalized / headcount.' })
  completionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Competency fit index, 0–100: mean over employees with an assessed required pair of 100 × mean(min(assessed / required, 1)).' })
  fitIndex!: number | null;

  @Field(() => Float, { nullable: true, description: 'Assessed required pairs with a gap / assessed required pairs.' })
  gapRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of SELF − SUPERVISOR level over required pairs that have both; positive means people rate themselves higher.' })
  selfSupervisorDiff!: number | null;

  @Field(() => Float, { nullable: true, description: "Share of active employees whose training in the cycle's calendar year reaches 20 JP." })
  jp20Compliance!: number | null;

  @Field(() => [PredicateShare], { nullable: true, description: 'Count and share of each predicate among finalised appraisals, best first.' })
  predicateDistribution!: PredicateShare[] | null;

  @Field(() => Boolean, { description: SUPPRESSED })
  suppressed!: boolean;
}

@ObjectType({ implements: HeadlineFigures, description: 'Headline figures of a cycle × agency subtree (SPEC §5).' })
export class AnalyticsSummary extends HeadlineFigures {}

@ObjectType({ implements: HeadlineFigures, description: 'Headline figures of one part of the scope: the whole, a child agency subtree, or the agency’s own employees.' })
export class AgencyComparisonRow extends HeadlineFigures {
  agencyId!: number;
  related?: RelatedRecords;

  @Field(() => AgencyGrouping, { description: 'Which part of the scope the row covers.' })
  grouping!: AgencyGrouping;
}

@ObjectType({ implements: HeadlineFigures, description: 'Headline figures of the scope in one cycle.' })
export class TrendPoint extends HeadlineFigures {
  cycleId!: number;
  related?: RelatedRecords;

  @Field(() => CycleKind, { description: 'The series the point belongs to: annual and semester cycles are separate trends.' })
  cycleKind!: CycleKind;
}

@ObjectType({ description: 'One cell of the talent 9-box (PermenPANRB 3/2020).' })
export class TalentBox {
  @Field(() => Int, { description: 'Box number 1–9 (9 = high performance, high potential).' })
  box!: number;

  @Field(() => String, { description: 'Performance axis: ABOVE (SANGAT_BAIK), MEETS (BAIK) or BELOW (other predicates).' })
  performance!: string;

  @Field(() => String, { description: 'Potential axis from the fit index: LOW (< 70), MEDIUM (70–< 90), HIGH (≥ 90).' })
  potential!: string;

  @Field(() => Int, { nullable: true, description: 'Employees with a finalised appraisal and a fit index placed in this box.' })
  count!: number | null;

  @Field(() => String, { description: 'Recommended follow-up for people in this box (English).' })
  followUp!: string;

  @Field(() => String, { description: 'Recommended follow-up for people in this box (Bahasa Indonesia).' })
  followUpId!: string;
}

@ObjectType({ description: 'The talent 9-box of a scope.' })
export class TalentBoxes {
  scope!: AnalyticsScope;

  @Field(() => [TalentBox], { description: 'All nine boxes, 1 to 9.' })
  boxes!: TalentBox[];

  @Field(() => Int, { nullable: true, description: 'Employees placed in the grid: a finalised appraisal in the cycle and a fit index.' })
  placed!: number | null;

  @Field(() => Boolean, { description: SUPPRESSED })
  suppressed!: boolean;
}

@ObjectType({ description: 'An employee placed in a 9-box cell.' })
export class TalentBoxMember {
  employeeId!: number;
  agencyId!: number;

  @Field(() => Predicate, { description: 'Predicate of the finalised appraisal.' })
  predicate!: Predicate;

  @Field(() => Float, { description: "The employee's competency fit index, 0–100." })
  fitIndex!: number;

  @Field(() => Int, { description: 'The box, 1–9.' })
  box!: number;
}

@ObjectType({ description: 'Rater leniency of one supervisor (pejabat penilai) (SPEC §5).' })
export class RaterLeniencyRow {
  raterId!: number;
  visible!: boolean;

  @Field(() => Int, { nullable: true, description: 'SUPERVISOR levels this rater gave to active employees in scope.' })
  ratings!: number | null;

  @Field(() => Int, { nullable: true, description: 'Distinct employees those levels were given to.' })
  ratedEmployees!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean level this rater gave.' })
  meanGiven!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean of every SUPERVISOR level given in the same top-level agency (pemda).' })
  baselineMean!: number | null;

  @Field(() => Float, { nullable: true, description: 'meanGiven − baselineMean: positive is lenient, negative strict.' })
  difference!: number | null;

  @Field(() => Boolean, { nullable: true, description: '|difference| ≥ 0.75 with at least 10 ratings.' })
  flagged!: boolean | null;

  @Field(() => Boolean, { description: SUPPRESSED })
  suppressed!: boolean;
}

@ObjectType({ description: 'One required competency of an employee in a cycle, with the level each rater role gave.' })
export class CompetencyProfileRow {
  competencyId!: number;

  @Field(() => Int, { description: "Level the employee's position standard requires." })
  required!: number;

  @Field(() => Int, { nullable: true, description: 'Self-assessed level.' })
  self!: number | null;

  @Field(() => Int, { nullable: true, description: 'Level given by the supervisor.' })
  supervisor!: number | null;

  @Field(() => Int, { nullable: true, description: 'Level from an assessment centre.' })
  assessor!: number | null;

  @Field(() => Int, { nullable: true, description: 'Level given by a peer (never counts as the assessed level).' })
  peer!: number | null;

  @Field(() => Int, { nullable: true, description: 'ASSESSOR level if present, else SUPERVISOR; null when unassessed.' })
  assessed!: number | null;

  @Field(() => Int, { nullable: true, description: 'max(0, required − assessed); null when unassessed.' })
  gap!: number | null;
}

@ObjectType({ description: 'An employee with a gap in a competency, and the programme recommended to close it.' })
export class GapEmployee {
  employeeId!: number;
  agencyId!: number;

  @Field(() => Int, { description: 'Required level.' })
  required!: number;

  @Field(() => Int, { description: 'Assessed level (ASSESSOR, else SUPERVISOR).' })
  assessed!: number;

  @Field(() => Int, { description: 'required − assessed.' })
  gap!: number;

  @Field(() => RecommendedProgram, { nullable: true, description: 'Recommended programme; null when no programme covers the gap.' })
  recommendedProgram!: RecommendedProgram | null;
}

@ObjectType({ description: 'Training effectiveness (efektivitas pelatihan) of one programme in the scope (SPEC §5). For the cycle C of the filter, C′ is the latest cycle of the same kind that ends before C starts. The cohort of a programme of competency k: active employees in scope whose position requires k (current standard), who had an assessed level in k in C′ below the required level, and who have an assessed level in k in C.' })
export class TrainingEffectRow {
  programId!: number;
  competencyId!: number;
  previousCycleId!: number;

  @Field(() => RecommendedProgram, { description: 'The programme.' })
  program!: RecommendedProgram;

  @Field(() => Float, { description: "The programme's cost per participant, in rupiah (from the catalogue)." })
  costPerParticipant!: number;

  @Field(() => Int, { nullable: true, description: "Trained: cohort members with a training record of this programme completed inside C's months." })
  trained!: number | null;

  @Field(() => Int, { nullable: true, description: "Comparison: cohort members of the programme's competency with no record of any programme of that competency inside C's months." })
  comparison!: number | null;

  @Field(() => Float, { nullable: true, description: "Mean gap of the trained in C′: Σ (required − level in C′) / trained, in levels." })
  meanGapBefore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean gap of the trained in C: Σ max(0, required − level in C) / trained, in levels.' })
  meanGapAfter!: number | null;

  @Field(() => Int, { nullable: true, description: 'Trained whose gap in C is 0.' })
  closed!: number | null;

  @Field(() => Float, { nullable: true, description: 'closed / trained: share of the trained whose gap in C is 0.' })
  closedRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean assessed level of the trained in C′ (before).' })
  meanLevelBefore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean assessed level of the trained in C (after).' })
  meanLevelAfter!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean assessed level of the comparison group in C′; null when the group is empty.' })
  comparisonMeanLevelBefore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean assessed level of the comparison group in C; null when the group is empty.' })
  comparisonMeanLevelAfter!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean over the trained of (level in C − level in C′).' })
  meanLevelChange!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean over the comparison group of (level in C − level in C′); null when the group is empty.' })
  comparisonMeanLevelChange!: number | null;

  @Field(() => Float, { nullable: true, description: 'meanLevelChange − comparisonMeanLevelChange, in levels; null when either group is empty.' })
  effect!: number | null;

  @Field(() => Float, { nullable: true, description: 'Cost per closed gap: costPerParticipant × trained / closed, in rupiah; null when no gap closed.' })
  costPerClosedGap!: number | null;

  @Field(() => Boolean, { description: 'True when you are an ANALYST and the trained or the comparison group has 1–4 people (or would show such a group by subtraction from another answer): every figure is then null (SPEC §5).' })
  suppressed!: boolean;
}

@ObjectType({ description: "A trained member of a programme's cohort: their assessed levels before (C′) and after (C)." })
export class TrainingEffectMember {
  employeeId!: number;
  agencyId!: number;

  @Field(() => Int, { description: "Level the employee's current position standard requires." })
  required!: number;

  @Field(() => Int, { description: 'Assessed level (ASSESSOR, else SUPERVISOR) in C′.' })
  levelBefore!: number;

  @Field(() => Int, { description: 'Assessed level in C.' })
  levelAfter!: number;

  @Field(() => Int, { description: 'required − levelBefore (at least 1).' })
  gapBefore!: number;

  @Field(() => Int, { description: 'max(0, required − levelAfter): 0 when the gap closed.' })
  gapAfter!: number;
}

export const TrainingEffectMemberConnection = ConnectionType(TrainingEffectMember, 'TrainingEffectMember', 'A page of the trained members of a programme cohort, by name.');
export const TalentBoxMemberConnection = ConnectionType(TalentBoxMember, 'TalentBoxMember', 'A page of employees in one 9-box cell, by name.');
export const RaterLeniencyConnection = ConnectionType(RaterLeniencyRow, 'RaterLeniency', 'A page of raters, largest |difference| first.');
export const GapEmployeeConnection = ConnectionType(GapEmployee, 'GapEmployee', 'A page of employees with a gap, largest gap first, then by name.');
