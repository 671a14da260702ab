import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';

/**
 * A mutation answered under an `Idempotency-Key` header: a retry with the same key by the same
 * account gets `response` back instead of running again. Kept 24 hours.
 */
@Entity({ tableName: 'idempotency_key' })
@Unique({ properties: ['account', 'key'] })
export class IdempotencyKey {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  // Named, not imported: common knows no feature module; the account module registers UserAccount.
  @ManyToOne({ entity: 'UserAccount', deleteRule: 'cascade' })
  account!: { id: number };

  /** The client's key, 1–200 printable characters. */
  @Property({ type: 'varchar', length: 200 })
  key!: string;

  /** SHA-256 of the operation text, operation name and variables: the same key must mean the same request. */
  @Property({ type: 'char', length: 64 })
  requestHash!: string;

  /** The GraphQL result sent the first time; null while that first request is still running. */
  @Property({ type: 'jsonb', nullable: true })
  response!: Record<string, unknown> | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()', index: true })
  createdAt!: Date & Opt;
}
