import {
  Check, Collection, Entity, Enum, Index, ManyToOne, OneToMany, OneToOne, PrimaryKey, Property, Unique, type Opt,
} from '@mikro-orm/core';
import { AppraisalStatus, Predicate, RaterRole, Rating, TargetAspect } from '@kinerja/shared';
import { Competency } from '../competency/competency.entity.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { Employee } from '../employee/employee.entity.js';

/** Penilaian kinerja: one per employee per cycle (SPEC §4 workflow). */
@Entity({ tableName: 'appraisal' })
@Unique({ name: 'appraisal_cycle_employee_unique', properties: ['cycle', 'employee'] })
@Index({ properties: ['employee'] })
export class Appraisal {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Cycle, { deleteRule: 'restrict' })
  cycle!: Cycle;

  @ManyToOne(() => Employee, { deleteRule: 'restrict' })
  employee!: Employee;

  @Enum({ items: () => AppraisalStatus, type: 'text', default: AppraisalStatus.DRAFT })
  status: AppraisalStatus & Opt = AppraisalStatus.DRAFT;

  /** Hasil kerja (HK) rating by the supervisor. */
  @Enum({ items: () => Rating, type: 'text', nullable: true })
  workResultRating?: Rating | null;

  /** Perilaku kerja (PK, BerAKHLAK) rating by the supervisor. */
  @Enum({ items: () => Rating, type: 'text', nullable: true })
  behaviorRating?: Rating | null;

  /** Predikat kinerja, computed from the two ratings with `ruleSet`. */
  @Enum({ items: () => Predicate, type: 'text', nullable: true })
  predicate?: Predicate | null;

  @Property({ type: 'text', nullable: true })
  ruleSet?: string | null;

  @Property({ type: 'text', nullable: true })
  selfComment?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  planSubmittedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  selfAssessedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  assessedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  finalizedAt?: Date | null;

  /** Optimistic lock: a write carrying a stale version fails with CONFLICT. */
  @Property({ type: 'integer', version: true })
  version!: number & Opt;

  @OneToMany(() => PerformanceTarget, (t) => t.appraisal, { orderBy: { ordinal: 'asc' } })
  targets = new Collection<PerformanceTarget>(this);

  @OneToMany(() => CompetencyAssessment, (a) => a.appraisal)
  assessments = new Collection<CompetencyAssessment>(this);
}

/** Rencana hasil kerja with its indicator (SKP). */
@Entity({ tableName: 'performance_target' })
export class PerformanceTarget {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Appraisal, { deleteRule: 'cascade', index: true })
  appraisal!: Appraisal;

  @Property({ type: 'smallint' })
  ordinal!: number;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'text' })
  indicator!: string;

  @Enum({ items: () => TargetAspect, type: 'text' })
  aspect!: TargetAspect;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  targetValue!: string;

  @Property({ type: 'text' })
  unit!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  realisation?: string | null;

  @Property({ type: 'text', nullable: true })
  evidenceUrl?: string | null;
}

/** A competency level given by one rater role. SELF/PEER never count as the assessed level. */
@Entity({ tableName: 'competency_assessment' })
@Unique({ name: 'competency_assessment_unique', properties: ['appraisal', 'competency', 'raterRole'] })
@Check({ name: 'competency_assessment_level_check', expression: 'level >= 1 and level <= 5' })
export class CompetencyAssessment {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Appraisal, { deleteRule: 'cascade' })
  appraisal!: Appraisal;

  @ManyToOne(() => Competency, { deleteRule: 'restrict', index: true })
  competency!: Competency;

  @Enum({ items: () => RaterRole, type: 'text' })
  raterRole!: RaterRole;

  @Property({ type: 'smallint' })
  level!: number;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null', index: true })
  rater?: Employee | null;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;
}

/** Dialog kinerja / umpan balik: dated comments on an appraisal. */
@Entity({ tableName: 'feedback' })
export class Feedback {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Appraisal, { deleteRule: 'cascade', index: true })
  appraisal!: Appraisal;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  author?: Employee | null;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}

export const ObjectionOutcome = { UPHELD: 'UPHELD', REJECTED: 'REJECTED' } as const;
export type ObjectionOutcome = (typeof ObjectionOutcome)[keyof typeof ObjectionOutcome];

/** Keberatan (PP 30/2019 art. 59): filed by the employee, decided by the rater's own supervisor. */
@Entity({ tableName: 'objection' })
export class Objection {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @OneToOne(() => Appraisal, { owner: true, deleteRule: 'cascade', unique: true })
  appraisal!: Appraisal;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'timestamptz' })
  filedAt!: Date;

  @Enum({ items: () => ObjectionOutcome, type: 'text', nullable: true })
  outcome?: ObjectionOutcome | null;

  @Property({ type: 'text', nullable: true })
  decisionNote?: string | null;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  decidedBy?: Employee | null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;
}
