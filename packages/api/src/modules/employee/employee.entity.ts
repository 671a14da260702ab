import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { EmploymentType } from '@kinerja/shared';
import { Agency } from '../agency/agency.entity.js';
import { Position } from '../position/position.entity.js';

/** Pegawai ASN (PNS or PPPK). */
@ObjectType({ description: 'Pegawai ASN (PNS or PPPK).' })
@Entity({ tableName: 'employee' })
@Index({ properties: ['agency', 'active'] })
// The search indexes (migration *_search_limits): substring of the name, prefix of the NIP.
@Index({ name: 'employee_name_trgm_index', expression: 'create index "employee_name_trgm_index" on "employee" using gin ("name" gin_trgm_ops)' })
@Index({ name: 'employee_nip_prefix_index', expression: 'create index "employee_nip_prefix_index" on "employee" ("nip" text_pattern_ops)' })
export class Employee {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** NIP (PNS) or NI PPPK: 18 digits, validated on the way in (SPEC §7). */
  @Field(() => String, { description: 'NIP (PNS) or NI PPPK: 18 digits.' })
  @Property({ type: 'text', unique: true })
  nip!: string;

  @Field(() => String, { description: 'Full name.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => EmploymentType, { description: 'PNS or PPPK.' })
  @Enum({ items: () => EmploymentType, type: 'text' })
  employmentType!: EmploymentType;

  /** Golongan (PNS, I/a…IV/e) or PPPK grade (I…XVII). */
  @Field(() => String, { description: 'Golongan (PNS, I/a…IV/e) or PPPK grade (I…XVII).' })
  @Property({ type: 'text' })
  rank!: string;

  @ManyToOne(() => Position, { deleteRule: 'restrict', index: true })
  position!: Position;

  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  agency!: Agency;

  /** Atasan langsung. */
  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null', index: true })
  supervisor?: Employee | null;

  @Field(() => Boolean, { description: 'Whether the employee is in service; inactive employees count in no figure.' })
  @Property({ type: 'boolean', default: true })
  active: boolean & Opt = true;
}
