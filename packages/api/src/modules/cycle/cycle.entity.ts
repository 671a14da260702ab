import { Check, Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { CycleKind, CycleStatus } from '@kinerja/shared';

/** Periode penilaian. Months are stored as the first day of the month. */
@Entity({ tableName: 'cycle' })
@Check({ name: 'cycle_months_check', expression: 'end_month >= start_month' })
export class Cycle {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => CycleKind, type: 'text' })
  kind!: CycleKind;

  @Property({ type: 'date', index: true })
  startMonth!: string;

  @Property({ type: 'date' })
  endMonth!: string;

  @Enum({ items: () => CycleStatus, type: 'text', default: CycleStatus.PLANNING })
  status: CycleStatus & Opt = CycleStatus.PLANNING;
}
