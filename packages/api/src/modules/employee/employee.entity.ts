import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { EmploymentType } from '@kinerja/shared';
import { Agency } from '../agency/agency.entity.js';
import { Position } from '../position/position.entity.js';

/** Pegawai ASN (PNS or PPPK). */
@Entity({ tableName: 'employee' })
@Index({ properties: ['agency', 'active'] })
export class Employee {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** NIP (PNS) or NI PPPK: 18 digits, validated on the way in (SPEC §7). */
  @Property({ type: 'text', unique: true })
  nip!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => EmploymentType, type: 'text' })
  employmentType!: EmploymentType;

  /** Golongan (PNS, I/a…IV/e) or PPPK grade (I…XVII). */
  @Property({ type: 'text' })
  rank!: string;

  @ManyToOne(() => Position, { deleteRule: 'restrict', index: true })
  position!: Position;

  @ManyToOne(() => Agency, { deleteRule: 'restrict' })
  agency!: Agency;

  /** Atasan langsung. */
  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'set null', index: true })
  supervisor?: Employee | null;

  @Property({ type: 'boolean', default: true })
  active: boolean & Opt = true;
}
