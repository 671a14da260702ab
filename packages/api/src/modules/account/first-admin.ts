import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '@kinerja/shared';
import { AccountService } from './account.service.js';
import { UserAccount } from './user-account.entity.js';

export const FIRST_ADMIN_USERNAME = 'admin';

/**
 * On a database without any account, creates `admin` so that a fresh installation can be signed in
 * to without a published password: with the given password (KINERJA_ADMIN_PASSWORD), or a random
 * one that the caller shows once. Null when accounts already exist.
 */
export async function ensureFirstAdmin(em: EntityManager, password: string | undefined): Promise<{ username: string; password: string; generated: boolean } | null> {
  if (await em.count(UserAccount, {})) return null;
  const generated = !password;
  const chosen = password || randomBytes(18).toString('base64url');
  const account = await new AccountService(em).create({ username: FIRST_ADMIN_USERNAME, password: chosen, roles: Role.ADMIN });
  return { username: account.username, password: chosen, generated };
}
