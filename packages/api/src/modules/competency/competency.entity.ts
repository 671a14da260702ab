import { Check, Collection, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { CompetencyCategory } from '@kinerja/shared';

/** Kompetensi: managerial and socio-cultural from the national catalogue, technical per agency. */
@Entity({ tableName: 'competency' })
export class Competency {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => CompetencyCategory, type: 'text' })
  category!: CompetencyCategory;

  @OneToMany(() => CompetencyLevel, (l) => l.competency, { orderBy: { level: 'asc' } })
  levels = new Collection<CompetencyLevel>(this);
}

/** The behavioural descriptor of one proficiency level (PermenPANRB 38/2017, levels 1–5). */
@Entity({ tableName: 'competency_level' })
@Check({ name: 'competency_level_level_check', expression: 'level >= 1 and level <= 5' })
export class CompetencyLevel {
  @ManyToOne(() => Competency, { primary: true, deleteRule: 'cascade' })
  competency!: Competency;

  @PrimaryKey({ type: 'smallint' })
  level!: number;

  @Property({ type: 'text' })
  descriptor!: string;
}
