import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Role, ROLES } from '@kinerja/shared';
import { Agency } from '../agency/agency.entity.js';
import { Employee } from '../employee/employee.entity.js';


/**
 * A login holding one or more roles (SPEC §6). Agency-scoped roles carry an agency; SUPERVISOR and
 * EMPLOYEE carry an employee. Whoever is linked to an employee with subordinates also acts as their
 * SUPERVISOR without holding the role (see loadViewer).
 */
@Entity({ tableName: 'user_account' })
@Check({
  name: 'user_account_roles_check',
  expression: `cardinality(roles) >= 1 and roles <@ array[${ROLES.map((r) => `'${r}'`).join(', ')}]::text[]`,
})
export class UserAccount {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'text', unique: true })
  username!: string;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  /** The granted roles, in ROLES order, at least one (a check constraint holds both). */
  @Enum({ items: () => Role, array: true, type: 'text[]' })
  roles!: Role[];

  @ManyToOne(() => Agency, { nullable: true, deleteRule: 'restrict' })
  agency?: Agency | null;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'restrict' })
  employee?: Employee | null;

  @Property({ type: 'boolean', default: true })
  active: boolean & Opt = true;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
