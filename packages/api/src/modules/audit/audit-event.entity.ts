import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * Append-only trail of who did what to which record (UU 27/2022 accountability).
 * The database refuses UPDATE and DELETE on this table (trigger in the initial migration).
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['subjectType', 'subjectId'] })
export class AuditEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', index: true })
  occurredAt: Date & Opt = new Date();

  @Property({ type: 'text', nullable: true })
  actorUsername?: string | null;

  @Property({ type: 'text', nullable: true })
  actorRole?: string | null;

  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text' })
  subjectType!: string;

  @Property({ type: 'text', nullable: true })
  subjectId?: string | null;

  /** NIP of the employee whose data this is, so an employee can read their own trail. */
  @Property({ type: 'text', nullable: true, index: true })
  subjectNip?: string | null;

  @Property({ type: 'text' })
  outcome!: string;

  @Property({ type: 'text', nullable: true })
  requestId?: string | null;

  @Property({ type: 'jsonb', nullable: true })
  detail?: Record<string, unknown> | null;
}
