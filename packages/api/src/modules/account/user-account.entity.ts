import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Role } from '@kinerja/shared';
import { Agency } from '../agency/agency.entity.js';
import { Employee } from '../employee/employee.entity.js';


/** A login. Agency-scoped roles carry an agency; SUPERVISOR and EMPLOYEE carry an employee. */
@Entity({ tableName: 'user_account' })
export class UserAccount {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'text', unique: true })
  username!: string;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Enum({ items: () => Role, type: 'text' })
  role!: Role;

  @ManyToOne(() => Agency, { nullable: true, deleteRule: 'restrict' })
  agency?: Agency | null;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'restrict' })
  employee?: Employee | null;

  /** Where reminders are e-mailed (when SMTP_URL is set); null: in-app notifications only. */
  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Property({ type: 'boolean', default: true })
  active: boolean & Opt = true;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
