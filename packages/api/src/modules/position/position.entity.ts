import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Collection, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { PositionType } from '@kinerja/shared';
import { Competency } from '../competency/competency.entity.js';
import { Agency } from '../agency/agency.entity.js';

/** Jabatan. Its competency standard (standar kompetensi jabatan) is the set of requirements. */
@ObjectType({ description: 'Jabatan, with its competency standard (standar kompetensi jabatan).' })
@Entity({ tableName: 'position' })
export class Position {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /**
   * The pemda that maintains this record; null for national reference data, which only an ADMIN
   * changes. An HR admin edits only their own pemda's records.
   */
  @ManyToOne(() => Agency, { nullable: true, deleteRule: 'restrict', index: true })
  ownerAgency?: Agency | null;

  @Field(() => String, { description: 'Position code, unique.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String, { description: 'Title of the position.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => PositionType, { description: 'Kind of position (JPT, administrator, pengawas, pelaksana, fungsional).' })
  @Enum({ items: () => PositionType, type: 'text' })
  positionType!: PositionType;

  @OneToMany(() => PositionRequirement, (r) => r.position)
  requirements = new Collection<PositionRequirement>(this);
}

/** One row of a position's competency standard: the level the position requires. */
@ObjectType({ description: 'One row of a competency standard: the level a position requires in a competency.' })
@Entity({ tableName: 'position_requirement' })
@Check({ name: 'position_requirement_required_level_check', expression: 'required_level >= 1 and required_level <= 5' })
export class PositionRequirement {
  @ManyToOne(() => Position, { primary: true, deleteRule: 'cascade' })
  position!: Position;

  @ManyToOne(() => Competency, { primary: true, deleteRule: 'restrict', index: true })
  competency!: Competency;

  @Field(() => Int, { description: 'Required proficiency level, 1–5.' })
  @Property({ type: 'smallint' })
  requiredLevel!: number;
}
