import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * Append-only trail of who did what to which record (UU 27/2022 accountability).
 * The database refuses UPDATE and DELETE on this table (trigger in the initial migration).
 */
@ObjectType({ description: 'One entry of the append-only audit trail: who did what to which record, when, with what outcome.' })
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['subjectType', 'subjectId'] })
export class AuditEvent {
  @Field(() => ID, { description: 'Stable identifier; later events have larger ids.' })
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()', index: true })
  occurredAt: Date & Opt = new Date();

  @Field(() => String, { nullable: true, description: 'Username of the actor; null for the system.' })
  @Property({ type: 'text', nullable: true })
  actorUsername?: string | null;

  @Field(() => String, { nullable: true, description: "The actor's role at the time." })
  @Property({ type: 'text', nullable: true })
  actorRole?: string | null;

  @Field(() => String, { description: 'What was done, e.g. APPRAISAL_ASSESS, APPRAISAL_READ, SESSION_CREATE.' })
  @Property({ type: 'text' })
  action!: string;

  @Field(() => String, { description: 'Kind of record acted on, e.g. appraisal, cycle, user_account.' })
  @Property({ type: 'text' })
  subjectType!: string;

  @Field(() => String, { nullable: true, description: 'Id of the record acted on (as asked for, when it was refused).' })
  @Property({ type: 'text', nullable: true })
  subjectId?: string | null;

  /** NIP of the employee whose data this is, so an employee can read their own trail. */
  @Field(() => String, { nullable: true, description: 'NIP of the employee whose data it concerns.' })
  @Property({ type: 'text', nullable: true, index: true })
  subjectNip?: string | null;

  @Field(() => String, { description: 'SUCCESS, FAILURE (an expected failure; nothing changed) or DENIED (not allowed or out of scope).' })
  @Property({ type: 'text' })
  outcome!: string;

  @Field(() => String, { nullable: true, description: 'Id of the request, to tie events to server logs.' })
  @Property({ type: 'text', nullable: true })
  requestId?: string | null;

  @Property({ type: 'jsonb', nullable: true })
  detail?: Record<string, unknown> | null;
}
