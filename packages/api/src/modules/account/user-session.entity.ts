import { Entity, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { UserAccount } from './user-account.entity.js';

/**
 * One signed-in session, keyed by its token's `jti`. A token is only honoured while its row is
 * live (not revoked, not expired), so signing out, a password change or reset and disabling an
 * account end the session at once instead of when the token expires.
 */
@Entity({ tableName: 'user_session' })
export class UserSession {
  /** The token's `jti` (a random UUID). */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => UserAccount, { deleteRule: 'cascade', index: true })
  user!: UserAccount;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Set when the session was ended before it expired (sign-out, password change, disabled account). */
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  /**
   * Where the primary's WAL stood after this session's last mutation: with a read replica, the
   * session's reads stay on the primary until the replica has replayed past it (read-routing.ts).
   */
  @Property({ type: 'string', columnType: 'pg_lsn', nullable: true })
  lastWriteLsn?: string | null;
}
