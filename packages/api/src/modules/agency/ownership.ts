import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, Role } from '@kinerja/shared';
import { hasRole, type Viewer } from '../../common/auth/viewer.js';
import { sqlFromEm } from '../../common/database/sql.js';
import { denied } from '../../common/input/refusal.js';

/*
 * Who owns what the BKD maintains (SPEC §2, §4, §6): technical competencies, positions, training
 * programmes and cycles belong to a pemda (the top of an agency tree) or are national (no owner).
 * An HR admin (or a training planner, for programmes) changes only their own pemda's records;
 * national ones are the ADMIN's.
 */

/** The pemda (depth-0 agency) above an agency, or the agency itself when it is one. */
export async function pemdaOf(em: EntityManager, agencyId: number): Promise<number | null> {
  const [row] = await sqlFromEm(em).query<{ id: number }>(
    `select c.ancestor_id as id from agency_closure c join agency a on a.id = c.ancestor_id
     where c.descendant_id = $1 and a.depth = 0`, [agencyId]);
  return row?.id ?? null;
}

/** The pemda whose records the viewer maintains; null for ADMIN (national) and for accounts without an agency. */
export async function viewerPemda(em: EntityManager, viewer: Viewer): Promise<number | null> {
  if (hasRole(viewer, Role.ADMIN) || viewer.agencyId == null) return null;
  return pemdaOf(em, viewer.agencyId);
}

/** The owner a new record gets: the viewer's pemda, or national for an ADMIN. */
export async function ownerForNew(em: EntityManager, viewer: Viewer): Promise<number | null> {
  return viewerPemda(em, viewer);
}

/**
 * Refuses (DENIED, FORBIDDEN) a change to a record the viewer does not maintain: another pemda's,
 * or a national one for anyone but an ADMIN. `what` names the record in the message.
 */
export async function assertMaintains(em: EntityManager, viewer: Viewer, ownerAgencyId: number | null, what: string): Promise<void> {
  if (hasRole(viewer, Role.ADMIN)) return;
  if (ownerAgencyId == null) throw denied(ErrorCode.FORBIDDEN, `This ${what} is national; only an administrator changes it.`);
  if (ownerAgencyId !== await viewerPemda(em, viewer)) throw denied(ErrorCode.FORBIDDEN, `This ${what} belongs to another pemda; only its own BKD changes it.`);
}
