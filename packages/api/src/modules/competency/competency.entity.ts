import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Collection, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { CompetencyCategory } from '@kinerja/shared';
import { Agency } from '../agency/agency.entity.js';

/** Kompetensi: managerial and socio-cultural from the national catalogue, technical per agency. */
@ObjectType({ description: 'Kompetensi: managerial and socio-cultural (national catalogue) or technical (per agency).' })
@Entity({ tableName: 'competency' })
export class Competency {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /**
   * The pemda that maintains this record; null for national reference data, which only an ADMIN
   * changes. An HR admin edits only their own pemda's records.
   */
  @ManyToOne(() => Agency, { nullable: true, deleteRule: 'restrict', index: true })
  ownerAgency?: Agency | null;

  @Field(() => String, { description: 'Competency code, unique, e.g. M01 for Integritas.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String, { description: 'Name in Bahasa Indonesia.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => CompetencyCategory, { description: 'Managerial, socio-cultural or technical.' })
  @Enum({ items: () => CompetencyCategory, type: 'text' })
  category!: CompetencyCategory;

  @OneToMany(() => CompetencyLevel, (l) => l.competency, { orderBy: { level: 'asc' } })
  levels = new Collection<CompetencyLevel>(this);
}

/** The behavioural descriptor of one proficiency level (PermenPANRB 38/2017, levels 1–5). */
@ObjectType({ description: 'The behavioural descriptor of one proficiency level of a competency.' })
@Entity({ tableName: 'competency_level' })
@Check({ name: 'competency_level_level_check', expression: 'level >= 1 and level <= 5' })
export class CompetencyLevel {
  @ManyToOne(() => Competency, { primary: true, deleteRule: 'cascade' })
  competency!: Competency;

  @Field(() => Int, { description: 'Proficiency level, 1 (lowest) to 5.' })
  @PrimaryKey({ type: 'smallint' })
  level!: number;

  @Field(() => String, { description: 'What a person at this level shows (Bahasa Indonesia).' })
  @Property({ type: 'text' })
  descriptor!: string;
}
