import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { AgencyKind } from '@kinerja/shared';

/** Instansi / unit kerja: a node in the tree pemda → dinas/badan → unit. */
@ObjectType({ description: 'Instansi / unit kerja: a node in the agency tree (pemda → dinas/badan → unit).' })
@Entity({ tableName: 'agency' })
export class Agency {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Agency code, unique (natural key in datasets).' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String, { description: 'Official name.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => AgencyKind, { description: 'Kind of agency.' })
  @Enum({ items: () => AgencyKind, type: 'text' })
  kind!: AgencyKind;

  @ManyToOne(() => Agency, { nullable: true, deleteRule: 'restrict', index: true })
  parent?: Agency | null;

  @OneToMany(() => Agency, (a) => a.parent)
  children = new Collection<Agency>(this);

  /** 0 for a top-level agency (pemda); maintained together with agency_closure. */
  @Field(() => Int, { description: 'Distance from the top of the tree: 0 for a pemda, 1 for its agencies, …' })
  @Property({ type: 'smallint', default: 0 })
  depth: number & Opt = 0;
}

/**
 * Transitive closure of the agency tree: one row per (ancestor, descendant), including (a, a).
 * "Agency X and everything below it" is a join on ancestor_id = X, which keeps every subtree
 * aggregate a plain indexed join instead of a recursive query.
 */
@Entity({ tableName: 'agency_closure' })
@Index({ properties: ['descendant', 'ancestor'] })
export class AgencyClosure {
  @ManyToOne(() => Agency, { primary: true, deleteRule: 'cascade' })
  ancestor!: Agency;

  @ManyToOne(() => Agency, { primary: true, deleteRule: 'cascade' })
  descendant!: Agency;

  @Property({ type: 'smallint' })
  distance!: number;
}
