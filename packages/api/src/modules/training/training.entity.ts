import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TrainingMode } from '@kinerja/shared';
import { Competency } from '../competency/competency.entity.js';
import { Employee } from '../employee/employee.entity.js';

/** Pelatihan: lifts a participant in one competency from levelFrom to levelTo. */
@Entity({ tableName: 'training_program' })
@Check({ name: 'training_program_levels_check', expression: 'level_from >= 1 and level_from <= 5 and level_to >= 1 and level_to <= 5 and level_from < level_to' })
@Check({ name: 'training_program_hours_check', expression: 'hours_jp > 0 and cost_per_participant >= 0' })
export class TrainingProgram {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  title!: string;

  @ManyToOne(() => Competency, { deleteRule: 'restrict', index: true })
  competency!: Competency;

  @Property({ type: 'smallint' })
  levelFrom!: number;

  @Property({ type: 'smallint' })
  levelTo!: number;

  /** Jam pelajaran. */
  @Property({ type: 'integer' })
  hoursJp!: number;

  @Enum({ items: () => TrainingMode, type: 'text' })
  mode!: TrainingMode;

  /** IDR per participant. */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  costPerParticipant!: string;
}

/** Riwayat pengembangan kompetensi: a completed programme (or a free-titled activity). */
@Entity({ tableName: 'training_record' })
@Unique({ name: 'training_record_natural_key', properties: ['employee', 'program', 'completedOn'] })
@Index({ properties: ['employee', 'completedOn'] })
@Check({ name: 'training_record_hours_check', expression: 'hours_jp > 0' })
export class TrainingRecord {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Employee, { deleteRule: 'cascade' })
  employee!: Employee;

  @ManyToOne(() => TrainingProgram, { nullable: true, deleteRule: 'restrict', index: true })
  program?: TrainingProgram | null;

  /** Set when the activity is not a catalogue programme. */
  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Property({ type: 'date' })
  completedOn!: string;

  @Property({ type: 'decimal', precision: 6, scale: 1 })
  hoursJp!: string;
}
