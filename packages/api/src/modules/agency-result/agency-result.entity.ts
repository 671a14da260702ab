import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { OrganizationPredicate } from '@kinerja/shared';
import { Agency } from '../agency/agency.entity.js';
import { Cycle } from '../cycle/cycle.entity.js';

/**
 * Predikat kinerja organisasi: the unit's own result in a cycle, which decides how its employees'
 * predicates may be spread (PermenPANRB 6/2022, pola distribusi). Set by an HR admin or imported
 * from agency_results.csv (SPEC §8).
 */
@ObjectType({ description: "Predikat kinerja organisasi: an agency's own result in a cycle; it decides the distribution pattern of its employees' predicates." })
@Entity({ tableName: 'agency_result' })
@Unique({ name: 'agency_result_natural_key', properties: ['cycle', 'agency'] })
export class AgencyResult {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  // The natural key's unique index leads with cycle_id.
  @ManyToOne(() => Cycle, { deleteRule: 'cascade' })
  cycle!: Cycle;

  @ManyToOne(() => Agency, { deleteRule: 'cascade', index: true })
  agency!: Agency;

  @Field(() => OrganizationPredicate, { description: "The agency's own predicate (predikat kinerja organisasi) in the cycle." })
  @Enum({ items: () => OrganizationPredicate, type: 'text' })
  organisationPredicate!: OrganizationPredicate;

  @Field(() => Date, { description: 'When it was last set.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();
}
