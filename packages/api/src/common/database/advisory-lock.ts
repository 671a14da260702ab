import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Serialises writers of one kind of structure for the rest of the transaction (agency tree,
 * supervision chains), so two moves checked against the same old state cannot together make a cycle.
 */
export async function lockFor(em: EntityManager, name: string): Promise<void> {
  await em.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [`kinerja:${name}`], 'all', em.getTransactionContext());
}
