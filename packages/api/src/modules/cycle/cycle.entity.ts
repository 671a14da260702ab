import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { CycleKind, CycleStatus } from '@kinerja/shared';

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
}
