import { Check, Collection, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { PositionType } from '@kinerja/shared';
import { Competency } from '../competency/competency.entity.js';

/** Jabatan. Its competency standard (standar kompetensi jabatan) is the set of requirements. */
@Entity({ tableName: 'position' })
export class Position {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  title!: string;

  @Enum({ items: () => PositionType, type: 'text' })
  positionType!: PositionType;

  @OneToMany(() => PositionRequirement, (r) => r.position)
  requirements = new Collection<PositionRequirement>(this);
}

/** One row of a position's competency standard: the level the position requires. */
@Entity({ tableName: 'position_requirement' })
@Check({ name: 'position_requirement_required_level_check', expression: 'required_level >= 1 and required_level <= 5' })
export class PositionRequirement {
  @ManyToOne(() => Position, { primary: true, deleteRule: 'cascade' })
  position!: Position;

  @ManyToOne(() => Competency, { primary: true, deleteRule: 'restrict', index: true })
  competency!: Competency;

  @Property({ type: 'smallint' })
  requiredLevel!: number;
}
