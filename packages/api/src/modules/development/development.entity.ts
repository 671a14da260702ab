import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { DevelopmentStatus } from '@kinerja/shared';
import { Competency } from '../competency/competency.entity.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { TrainingProgram } from '../training/training.entity.js';

/**
 * Rencana pengembangan kompetensi: a supervisor's recommendation that an employee develop one
 * competency, through a catalogue programme or a free-titled activity. SPEC §2.
 */
@ObjectType({ description: 'Rencana pengembangan: a development recommended for an employee in one competency, through a programme or another activity.' })
@Entity({ tableName: 'development_plan_item' })
@Check({ name: 'development_plan_item_program_or_title_check', expression: '(program_id is null) <> (title is null)' })
@Index({ properties: ['employee', 'status'] })
@Index({ properties: ['status', 'competency'] })
// One open item per employee and programme: a second recommendation of the same course is a conflict.
@Index({
  name: 'development_plan_item_open_program_unique',
  expression: `create unique index "development_plan_item_open_program_unique" on "development_plan_item" ("employee_id", "program_id") where status in ('RECOMMENDED', 'PLANNED') and program_id is not null`,
})
export class DevelopmentPlanItem {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Employee, { deleteRule: 'cascade' })
  employee!: Employee;

  @ManyToOne(() => Competency, { deleteRule: 'restrict', index: true })
  competency!: Competency;

  /** The recommended catalogue programme; null when the item names a free title. */
  @ManyToOne(() => TrainingProgram, { nullable: true, deleteRule: 'restrict', index: true })
  program?: TrainingProgram | null;

  /** An activity outside the catalogue (coaching, job rotation, …). */
  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Field(() => String, { description: 'Why the supervisor recommends it.' })
  @Property({ type: 'text' })
  reason!: string;

  /** The supervisor (atasan langsung) who recommended it. */
  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null', index: true })
  recommendedBy?: Employee | null;

  @Field(() => DevelopmentStatus, { description: 'Recommended, planned, done or dropped.' })
  @Enum({ items: () => DevelopmentStatus, type: 'text', default: DevelopmentStatus.RECOMMENDED })
  status: DevelopmentStatus & Opt = DevelopmentStatus.RECOMMENDED;

  /** The appraisal cycle the recommendation came from, if any. */
  @ManyToOne(() => Cycle, { nullable: true, deleteRule: 'set null', index: true })
  cycle?: Cycle | null;

  @Field(() => String, { nullable: true, description: 'Why the training planner dropped the item; null unless DROPPED.' })
  @Property({ type: 'text', nullable: true })
  dropReason?: string | null;

  @Field(() => Date, { description: 'When the supervisor recommended it.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { description: 'When the status last changed.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();
}
