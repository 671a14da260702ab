import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { CycleKind, CycleStatus, PositionType, TargetAspect } from '@kinerja/shared';
import { Agency } from '../agency/agency.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { Position } from '../position/position.entity.js';

/** Periode penilaian. Months are stored as the first day of the month. */
@ObjectType({ description: 'Periode penilaian: an appraisal cycle. Cycles are ordered by start month; trends run over them.' })
@Entity({ tableName: 'cycle' })
@Check({ name: 'cycle_months_check', expression: 'end_month >= start_month' })
export class Cycle {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Cycle code, unique, e.g. 2025-TAHUNAN.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String, { description: 'Name of the cycle.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => CycleKind, { description: 'Annual, semester or quarter.' })
  @Enum({ items: () => CycleKind, type: 'text' })
  kind!: CycleKind;

  /** First day of the first month. */
  @Property({ type: 'date', index: true })
  startMonth!: string;

  /** First day of the last month. */
  @Property({ type: 'date' })
  endMonth!: string;

  @Field(() => CycleStatus, { description: 'Planning, open or closed.' })
  @Enum({ items: () => CycleStatus, type: 'text', default: CycleStatus.PLANNING })
  status: CycleStatus & Opt = CycleStatus.PLANNING;

  /**
   * The pemda whose cycle this is (SPEC §4): its HR admins run it, and opening it creates appraisals
   * in that pemda only. Null for a national cycle (an ADMIN's, or one imported from a dataset).
   */
  @ManyToOne(() => Agency, { nullable: true, deleteRule: 'restrict', index: true })
  agency?: Agency | null;

  /** Group: only employees whose position has one of these types (null: any type). */
  @Property({ type: 'text[]', nullable: true })
  groupPositionTypes?: PositionType[] | null;

  /** Group: only employees of this agency and everything below it (inside the cycle's pemda). */
  @ManyToOne(() => Agency, { nullable: true, deleteRule: 'restrict' })
  groupAgency?: Agency | null;
}

/**
 * Employment history (SPEC §2): where an employee stood — agency, position, active — in a cycle, so
 * that a cycle's figures count the staff it had. Written when the cycle opens (its eligible staff)
 * and by a dataset import (the dataset's cycles × employees); while the cycle is not CLOSED a
 * database trigger keeps each row in step with the employee (a transfer or a retirement moves it),
 * and once CLOSED the rows stay as they were (Migration20261130170000_employment_history).
 */
@Entity({ tableName: 'employment_history' })
export class EmploymentHistory {
  @ManyToOne(() => Cycle, { primary: true, deleteRule: 'cascade' })
  cycle!: Cycle;

  @ManyToOne(() => Employee, { primary: true, deleteRule: 'cascade', index: true })
  employee!: Employee;

  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  agency!: Agency;

  @ManyToOne(() => Position, { deleteRule: 'restrict' })
  position!: Position;

  @Property({ type: 'boolean' })
  active!: boolean;
}

/** Group: only employees holding one of the listed positions (no rows: any position). */
@Entity({ tableName: 'cycle_group_position' })
export class CycleGroupPosition {
  @ManyToOne(() => Cycle, { primary: true, deleteRule: 'cascade' })
  cycle!: Cycle;

  @ManyToOne(() => Position, { primary: true, deleteRule: 'restrict', index: true })
  position!: Position;
}

/**
 * A target template (SPEC §2): a performance target the HR admin offers every holder of a position
 * in a cycle, e.g. the teacher's three indicators. Opening the cycle copies them into each new plan.
 */
@ObjectType({ description: 'A target template: a performance target copied into the plan (SKP) of every holder of the position when the cycle opens.' })
@Entity({ tableName: 'cycle_target_template' })
@Unique({ name: 'cycle_target_template_unique', properties: ['cycle', 'position', 'ordinal'] })
export class CycleTargetTemplate {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Cycle, { deleteRule: 'cascade' })
  cycle!: Cycle;

  @ManyToOne(() => Position, { deleteRule: 'restrict', index: true })
  position!: Position;

  @Field(() => Int, { description: 'Position in the plan, 1 first.' })
  @Property({ type: 'smallint' })
  ordinal!: number;

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
}
