import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { BehaviorValue, Rating } from '@kinerja/shared';
import { Employee } from '../employee/employee.entity.js';
import { Appraisal, PerformanceTarget } from './appraisal.entity.js';

/*
 * Parts of an appraisal added with the plan agreement, check-ins and BerAKHLAK ratings (SPEC §2, §4).
 * People in them reach GraphQL as `Person` (name and position title only) through field resolvers.
 */

/** Evaluasi periodik: the employee's realisation per target for one period, answered by the supervisor. */
@ObjectType({ description: "Evaluasi periodik (check-in): the employee's realisation per target for one period of the cycle, with the supervisor's answer. No rating, no predicate." })
@Entity({ tableName: 'check_in' })
@Unique({ name: 'check_in_appraisal_period_unique', properties: ['appraisal', 'period'] })
export class CheckIn {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Appraisal, { deleteRule: 'cascade' })
  appraisal!: Appraisal;

  @Field(() => String, { description: 'The period reported on, e.g. 2026-Q1 or "Triwulan I"; one check-in per period.' })
  @Property({ type: 'text' })
  period!: string;

  @Field(() => String, { nullable: true, description: "The employee's note on the period." })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => Date, { description: 'When the employee submitted it.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => String, { nullable: true, description: "The supervisor's answer (feedback); null until answered." })
  @Property({ type: 'text', nullable: true })
  answer?: string | null;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  answeredBy?: Employee | null;

  @Field(() => Date, { nullable: true, description: 'When the supervisor answered.' })
  @Property({ type: 'timestamptz', nullable: true })
  answeredAt?: Date | null;
}

/** The realisation of one target reported in a check-in. */
@ObjectType({ description: 'The realisation of one performance target reported in a check-in.' })
@Entity({ tableName: 'check_in_entry' })
@Unique({ name: 'check_in_entry_target_unique', properties: ['checkIn', 'target'] })
export class CheckInEntry {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => CheckIn, { deleteRule: 'cascade' })
  checkIn!: CheckIn;

  @ManyToOne(() => PerformanceTarget, { deleteRule: 'cascade', index: true })
  target!: PerformanceTarget;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  realisation!: string;

  @Field(() => String, { nullable: true, description: 'Link to the evidence (bukti dukung), http(s).' })
  @Property({ type: 'text', nullable: true })
  evidenceUrl?: string | null;
}

/** One BerAKHLAK value of an appraisal: the supervisor's expectation (set with the plan) and the rating. */
@ObjectType({ description: "One BerAKHLAK value of an appraisal: the supervisor's expectation, set when agreeing the plan, and the rating given with the assessment." })
@Entity({ tableName: 'appraisal_behavior' })
@Unique({ name: 'appraisal_behavior_value_unique', properties: ['appraisal', 'value'] })
export class AppraisalBehavior {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Appraisal, { deleteRule: 'cascade' })
  appraisal!: Appraisal;

  @Field(() => BehaviorValue, { description: 'The BerAKHLAK value.' })
  @Enum({ items: () => BehaviorValue, type: 'text' })
  value!: BehaviorValue;

  @Field(() => String, { nullable: true, description: "The supervisor's expectation (ekspektasi khusus pimpinan); null when none was set." })
  @Property({ type: 'text', nullable: true })
  expectation?: string | null;

  @Field(() => Rating, { nullable: true, description: 'The rating against the expectation; null before the assessment.' })
  @Enum({ items: () => Rating, type: 'text', nullable: true })
  rating?: Rating | null;
}

/** A plan returned to the employee, kept as history. */
@ObjectType({ description: 'A plan (SKP) returned to the employee for revision, with the reason: kept as history, oldest first.' })
@Entity({ tableName: 'plan_return' })
export class PlanReturn {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Appraisal, { deleteRule: 'cascade', index: true })
  appraisal!: Appraisal;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null' })
  returnedBy?: Employee | null;

  @Field(() => String, { description: 'Why the plan was returned: what to change.' })
  @Property({ type: 'text' })
  comment!: string;

  @Field(() => Date, { description: 'When it was returned.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
