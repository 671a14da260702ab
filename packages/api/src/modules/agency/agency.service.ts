import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { ErrorCode, Role } from '@kinerja/shared';
import { auditedWrite, changesOf, type WriteOutcome } from '../../common/audit/audited-write.js';
import { scopeFilter } from '../../common/auth/scope-filter.js';
import { canSeeAgency, hasRole, type Viewer } from '../../common/auth/viewer.js';
import { lockFor } from '../../common/database/advisory-lock.js';
import { findByIdOrCode, type IdOrCode } from '../../common/database/find-by-key.js';
import { sqlFromEm } from '../../common/database/sql.js';
import { parseId } from '../../common/graphql/ids.js';
import { InputChecks } from '../../common/input/input-checks.js';
import { refuse } from '../../common/input/refusal.js';
import { AFTER_IMPORT_SQL } from '../dataset/dataset-rules.js';
import { Agency, AgencyClosure } from './agency.entity.js';
import type { AgencyCreateInput, AgencyUpdateInput } from './agency.input.js';

/**
 * The importer's statements that rebuild agency_closure and depth from the parent links: written
 * once there, reused here so a move through the API and through a dataset give the same closure.
 */
const CLOSURE_SQL = AFTER_IMPORT_SQL.filter((statement) => statement.includes('closure_now'));

/** Agencies as one viewer sees them: only those in their scope exist. */
export class AgencyService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  private visible(): FilterQuery<Agency> {
    return scopeFilter<Agency>(this.viewer, 'agency');
  }

  list(): Promise<Agency[]> {
    return this.em.find(Agency, this.visible(), { orderBy: { depth: 'asc', name: 'asc' } });
  }

  /** By id or code; an id that is not a number, or an agency out of scope, finds nothing. */
  find(key: IdOrCode): Promise<Agency | null> {
    return findByIdOrCode(this.em, Agency, key, this.visible());
  }

  /** A new agency below one in the viewer's subtree; only an ADMIN creates a top-level pemda. */
  create(input: AgencyCreateInput, requestId: string): Promise<WriteOutcome<Agency>> {
    return auditedWrite({ em: this.em, viewer: this.viewer, requestId }, 'AGENCY_CREATE', { subjectType: 'agency' }, async (em, note) => {
      const checks = new InputChecks();
      const code = checks.code(input.code, ['input', 'code']);
      const name = checks.name(input.name, ['input', 'name']);
      await lockFor(em, 'agency-tree');
      const parent = await this.parentFor(em, input.parentId ?? null, checks);
      await this.checkCodeFree(em, code, null, checks);
      checks.done();

      const agency = em.create(Agency, { code, name, kind: input.kind, parent, depth: parent ? parent.depth + 1 : 0 });
      await em.flush();
      await rebuildClosure(em);
      note.subjectId = agency.id;
      note.detail = { code, name, kind: input.kind, parentId: parent?.id ?? null };
      return agency;
    });
  }

  /**
   * Renames, re-kinds or moves an agency in the viewer's subtree. A move takes the whole subtree
   * along, must stay inside the viewer's subtree and must not put the agency below itself; the
   * closure and depths follow in the same transaction.
   */
  update(input: AgencyUpdateInput, requestId: string): Promise<WriteOutcome<Agency>> {
    const subject = { subjectType: 'agency', subjectId: input.id };
    return auditedWrite({ em: this.em, viewer: this.viewer, requestId }, 'AGENCY_UPDATE', subject, async (em, note) => {
      const agency = await this.findVisible(em, input.id);
      if (!agency) return refuse(ErrorCode.NOT_FOUND, 'No agency with this id in your scope.', ['input', 'id']);
      const before = snapshot(agency);

      const checks = new InputChecks();
      const code = input.code == null ? agency.code : checks.code(input.code, ['input', 'code']);
      const name = input.name == null ? agency.name : checks.name(input.name, ['input', 'name']);
      let parent = agency.parent ?? null;
      if (input.parentId !== undefined) {
        await lockFor(em, 'agency-tree');
        parent = await this.parentFor(em, input.parentId, checks);
        if (parent && await em.count(AgencyClosure, { ancestor: agency, descendant: parent }) > 0) {
          checks.add(['input', 'parentId'], ErrorCode.VALIDATION, 'The new parent lies in this agency\'s own subtree; that would make a cycle.');
        }
      }
      if (code !== agency.code) await this.checkCodeFree(em, code, agency.id, checks);
      checks.done();

      const moved = (parent?.id ?? null) !== (agency.parent?.id ?? null);
      em.assign(agency, { code, name, kind: input.kind ?? agency.kind, parent });
      await em.flush();
      if (moved) {
        await rebuildClosure(em);
        await em.refresh(agency);
      }
      note.detail = { changes: changesOf(before, snapshot(agency)) };
      return agency;
    });
  }

  private async findVisible(em: EntityManager, id: string): Promise<Agency | null> {
    const key = parseId(id);
    if (key == null || !canSeeAgency(this.viewer, key)) return null;
    return em.findOne(Agency, key);
  }

  /** The parent named by the input: visible to the viewer, or none (top level) for an ADMIN only. */
  private async parentFor(em: EntityManager, parentId: string | null, checks: InputChecks): Promise<Agency | null> {
    if (parentId == null) {
      if (!hasRole(this.viewer, Role.ADMIN)) {
        checks.add(['input', 'parentId'], ErrorCode.FORBIDDEN, 'Only an administrator may create or move a top-level agency (pemda); name a parent in your subtree.');
      }
      return null;
    }
    const parent = await this.findVisible(em, parentId);
    if (!parent) checks.add(['input', 'parentId'], ErrorCode.NOT_FOUND, 'No agency with this id in your scope.');
    return parent;
  }

  private async checkCodeFree(em: EntityManager, code: string, selfId: number | null, checks: InputChecks): Promise<void> {
    if (checks.failed(['input', 'code'])) return;
    const taken = await em.count(Agency, selfId == null ? { code } : { code, id: { $ne: selfId } });
    if (taken > 0) checks.add(['input', 'code'], ErrorCode.CONFLICT, `An agency with code ${code} already exists.`);
  }
}

function snapshot(agency: Agency): Record<string, unknown> {
  return { code: agency.code, name: agency.name, kind: agency.kind, parentId: agency.parent?.id ?? null, depth: agency.depth };
}

/** Brings agency_closure and every depth in line with the parent links, inside the caller's transaction. */
async function rebuildClosure(em: EntityManager): Promise<void> {
  const sql = sqlFromEm(em);
  for (const statement of CLOSURE_SQL) await sql.query(statement);
}
