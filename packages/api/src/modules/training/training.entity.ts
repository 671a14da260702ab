import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { TrainingMode } from '@kinerja/shared';
import { Competency } from '../competency/competency.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { Agency } from '../agency/agency.entity.js';

/** Pelatihan: lifts a participant in one competency from levelFrom to levelTo. */
@ObjectType({ description: 'Pelatihan: a programme that lifts a participant in one competency from levelFrom to levelTo.' })
@Entity({ tableName: 'training_program' })
@Check({ name: 'training_program_levels_check', expression: 'level_from >= 1 and level_from <= 5 and level_to >= 1 and level_to <= 5 and level_from < level_to' })
@Check({ name: 'training_program_hours_check', expression: 'hours_jp > 0 and cost_per_participant >= 0' })
export class TrainingProgram {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /**
   * The pemda that maintains this record; null for national reference data, which only an ADMIN
   * changes. An HR admin edits only their own pemda's records.
   */
  @ManyToOne(() => Agency, { nullable: true, deleteRule: 'restrict', index: true })
  ownerAgency?: Agency | null;

  @Field(() => String, { description: 'Programme code, unique (natural key in datasets).' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String, { description: 'Title of the programme.' })
  @Property({ type: 'text' })
  title!: string;

  @ManyToOne(() => Competency, { deleteRule: 'restrict', index: true })
  competency!: Competency;

  @Field(() => Int, { description: 'Level a participant should have at least (1–4).' })
  @Property({ type: 'smallint' })
  levelFrom!: number;

  @Field(() => Int, { description: 'Level the programme lifts a participant to (2–5), above levelFrom.' })
  @Property({ type: 'smallint' })
  levelTo!: number;

  /** Jam pelajaran. */
  @Field(() => Int, { description: 'Length in jam pelajaran (JP).' })
  @Property({ type: 'integer' })
  hoursJp!: number;

  @Field(() => TrainingMode, { description: 'Classical or non-classical delivery.' })
  @Enum({ items: () => TrainingMode, type: 'text' })
  mode!: TrainingMode;

  /** IDR per participant. */
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  costPerParticipant!: string;
}

/** Riwayat pengembangan kompetensi: a completed programme (or a free-titled activity). */
@ObjectType({ description: 'Riwayat pengembangan kompetensi: a programme (or other development activity) an employee completed.' })
@Entity({ tableName: 'training_record' })
@Unique({ name: 'training_record_natural_key', properties: ['employee', 'program', 'completedOn'] })
@Index({ properties: ['employee', 'completedOn'] })
@Check({ name: 'training_record_hours_check', expression: 'hours_jp > 0' })
export class TrainingRecord {
  @Field(() => ID, { description: 'Stable identifier.' })
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
