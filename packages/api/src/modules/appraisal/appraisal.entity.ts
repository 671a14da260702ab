import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check, Collection, Entity, Enum, Index, ManyToOne, OneToMany, OneToOne, PrimaryKey, Property, Unique, type Opt,
} from '@mikro-orm/core';
import { AppraisalStatus, Predicate, RaterRole, Rating, TargetAspect, TargetKind } from '@kinerja/shared';
import { Competency } from '../competency/competency.entity.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { Employee } from '../employee/employee.entity.js';

/**
 * Penilaian kinerja: one per employee per cycle (SPEC §4 workflow). Relations (employee, cycle,
 * targets, levels, feedback, objection) reach GraphQL through field resolvers, which keep scoping
 * and batching in one place (appraisal.resolver.ts).
 */
@ObjectType({ description: 'Penilaian kinerja: the appraisal of one employee in one cycle — plan (SKP), ratings, predicate, feedback and objection, with its workflow status.' })
@Entity({ tableName: 'appraisal' })
@Unique({ name: 'appraisal_cycle_employee_unique', properties: ['cycle', 'employee'] })
@Index({ properties: ['employee'] })
export class Appraisal {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Cycle, { deleteRule: 'restrict' })
  cycle!: Cycle;

  @ManyToOne(() => Employee, { deleteRule: 'restrict' })
  employee!: Employee;

  @Field(() => AppraisalStatus, { description: 'Where the appraisal is in the workflow (SPEC §4).' })
  @Enum({ items: () => AppraisalStatus, type: 'text', default: AppraisalStatus.DRAFT })
  status: AppraisalStatus & Opt = AppraisalStatus.DRAFT;

  /** Hasil kerja (HK) rating by the supervisor. */
  @Field(() => Rating, { nullable: true, description: 'Work results (hasil kerja, HK) against expectation, by the supervisor; null until assessed.' })
  @Enum({ items: () => Rating, type: 'text', nullable: true })
  workResultRating?: Rating | null;

  /** Perilaku kerja (PK, BerAKHLAK) rating by the supervisor. */
  @Field(() => Rating, { nullable: true, description: 'Work behaviour (perilaku kerja, PK — the BerAKHLAK values) against expectation, by the supervisor; null until assessed.' })
  @Enum({ items: () => Rating, type: 'text', nullable: true })
  behaviorRating?: Rating | null;

  /** Predikat kinerja, computed from the two ratings with `ruleSet`. */
  @Field(() => Predicate, { nullable: true, description: 'Predikat kinerja, computed from the two ratings with the PermenPANRB 6/2022 matrix; null until assessed.' })
  @Enum({ items: () => Predicate, type: 'text', nullable: true })
  predicate?: Predicate | null;

  @Field(() => String, { nullable: true, description: 'Rule set the predicate was computed with, e.g. PERMENPANRB_6_2022.' })
  @Property({ type: 'text', nullable: true })
  ruleSet?: string | null;

  @Field(() => String, { nullable: true, description: "The employee's own comment with the self-assessment." })
  @Property({ type: 'text', nullable: true })
  selfComment?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the employee submitted the performance plan (SKP); targets are fixed from then on.' })
  @Property({ type: 'timestamptz', nullable: true })
  planSubmittedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the direct supervisor last agreed the plan; null while not agreed (a returned or reopened plan clears it).' })
  @Property({ type: 'timestamptz', nullable: true })
  planAgreedAt?: Date | null;

  /** The supervisor who agreed the plan (atasan langsung at the time). */
  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null', index: true })
  planAgreedBy?: Employee | null;

  @Field(() => Date, { nullable: true, description: 'When the employee submitted the self-assessment.' })
  @Property({ type: 'timestamptz', nullable: true })
  selfAssessedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the supervisor rated; the 14-day objection period runs from here.' })
  @Property({ type: 'timestamptz', nullable: true })
  assessedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the appraisal became final (set by the database, see the appraisal_workflow migration).' })
  @Property({ type: 'timestamptz', nullable: true })
  finalizedAt?: Date | null;

  /** Optimistic lock: a write carrying a stale version fails with CONFLICT. */
  @Field(() => Int, { description: 'Changes with every write; pass it back with the next mutation (a stale version fails with CONFLICT).' })
  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  /**
   * Pejabat penilai who gave the rating. Their own supervisor decides an objection
   * (PP 30/2019 art. 59), so it is kept even if the employee's supervisor changes later.
   */
  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null', index: true })
  assessedBy?: Employee | null;

  /** Every write through the API sets this, which also makes every write bump `version`. */
  @Field(() => Date, { description: 'When the appraisal or any of its parts last changed.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();

  @OneToMany(() => PerformanceTarget, (t) => t.appraisal, { orderBy: { ordinal: 'asc' } })
  targets = new Collection<PerformanceTarget>(this);

  @OneToMany(() => CompetencyAssessment, (a) => a.appraisal)
  assessments = new Collection<CompetencyAssessment>(this);
}

/** Rencana hasil kerja with its indicator (SKP). */
@ObjectType({ description: 'Rencana hasil kerja: one performance target of the plan (SKP) with its indicator, target and realisation.' })
@Entity({ tableName: 'performance_target' })
export class PerformanceTarget {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Appraisal, { deleteRule: 'cascade', index: true })
  appraisal!: Appraisal;

  @Field(() => Int, { description: 'Position in the plan, 1 first.' })
  @Property({ type: 'smallint' })
  ordinal!: number;

  @Field(() => TargetKind, { description: 'UTAMA (main result of the position) or TAMBAHAN (additional).' })
  @Enum({ items: () => TargetKind, type: 'text', default: TargetKind.UTAMA })
  kind: TargetKind & Opt = TargetKind.UTAMA;

  /**
   * RHK atasan yang diintervensi (cascading): a target of the plan of the employee's direct
   * supervisor in the same cycle, checked by the service. Resolved as `supports`.
   */
  @ManyToOne(() => PerformanceTarget, { nullable: true, deleteRule: 'set null', index: true })
  supportsTarget?: PerformanceTarget | null;

  @Field(() => String, { description: 'The expected work result (rencana hasil kerja).' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'How it is measured (indikator kinerja).' })
  @Property({ type: 'text' })
  indicator!: string;

  @Field(() => TargetAspect, { description: 'Aspect the indicator measures.' })
  @Enum({ items: () => TargetAspect, type: 'text' })
  aspect!: TargetAspect;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  targetValue!: string;

  @Field(() => String, { description: 'Unit of the target value, e.g. dokumen, %, hari.' })
  @Property({ type: 'text' })
  unit!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  realisation?: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the evidence of the realisation (bukti dukung).' })
  @Property({ type: 'text', nullable: true })
  evidenceUrl?: string | null;

  @Field(() => String, { nullable: true, description: "The supervisor's feedback on this target, given with the rating; null before." })
  @Property({ type: 'text', nullable: true })
  supervisorFeedback?: string | null;
}

const RATER_INDEX = 'create index "competency_assessment_rater_id_index" on "competency_assessment" ("rater_id") where rater_id is not null';

/** A competency level given by one rater role. SELF/PEER never count as the assessed level. */
@ObjectType({ description: 'A competency level given to the employee by one rater role.' })
@Entity({ tableName: 'competency_assessment' })
@Unique({ name: 'competency_assessment_unique', properties: ['appraisal', 'competency', 'raterRole'] })
@Check({ name: 'competency_assessment_level_check', expression: 'level >= 1 and level <= 5' })
// Only levels with a rater: imported levels have none (Migration20261201150000_rater_index).
@Index({ name: 'competency_assessment_rater_id_index', expression: RATER_INDEX })
export class CompetencyAssessment {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Appraisal, { deleteRule: 'cascade' })
  appraisal!: Appraisal;

  @ManyToOne(() => Competency, { deleteRule: 'restrict', index: true })
  competency!: Competency;

  @Field(() => RaterRole, { description: 'Who gave the level: the employee, the supervisor, a peer or an assessment centre.' })
  @Enum({ items: () => RaterRole, type: 'text' })
  raterRole!: RaterRole;

  @Field(() => Int, { description: 'Proficiency level given, 1–5.' })
  @Property({ type: 'smallint' })
  level!: number;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  rater?: Employee | null;

  @Field(() => String, { nullable: true, description: "The rater's comment on this level." })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;
}

/** Dialog kinerja / umpan balik: dated comments on an appraisal. */
@ObjectType({ description: 'Dialog kinerja / umpan balik: a dated comment on an appraisal by its employee or a rater.' })
@Entity({ tableName: 'feedback' })
export class Feedback {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Appraisal, { deleteRule: 'cascade', index: true })
  appraisal!: Appraisal;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  author?: Employee | null;

  @Field(() => String, { description: 'The comment.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date, { description: 'When it was written.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}

export const ObjectionOutcome = { UPHELD: 'UPHELD', REJECTED: 'REJECTED' } as const;
export type ObjectionOutcome = (typeof ObjectionOutcome)[keyof typeof ObjectionOutcome];

/** Keberatan (PP 30/2019 art. 59): filed by the employee, decided by the rater's own supervisor. */
@ObjectType({ description: "Keberatan: the employee's objection to the rating, decided by the rating official's own supervisor (PP 30/2019 art. 59)." })
@Entity({ tableName: 'objection' })
export class Objection {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @OneToOne(() => Appraisal, { owner: true, deleteRule: 'cascade', unique: true })
  appraisal!: Appraisal;

  @Field(() => String, { description: 'Why the employee objects.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => Date, { description: 'When the objection was filed.' })
  @Property({ type: 'timestamptz' })
  filedAt!: Date;

  @Field(() => ObjectionOutcome, { nullable: true, description: 'The decision; null while undecided.' })
  @Enum({ items: () => ObjectionOutcome, type: 'text', nullable: true })
  outcome?: ObjectionOutcome | null;

  @Field(() => String, { nullable: true, description: 'Reasons given with the decision.' })
  @Property({ type: 'text', nullable: true })
  decisionNote?: string | null;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  decidedBy?: Employee | null;

  @Field(() => Date, { nullable: true, description: 'When it was decided.' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;
}
