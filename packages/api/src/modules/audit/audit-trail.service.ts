import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '@kinerja/shared';
import { hasRole, type Viewer } from '../../common/auth/viewer.js';
import { readSqlFromEm } from '../../common/database/sql.js';
import { AuditEvent } from '../../common/audit/audit-event.entity.js';
import { AUDIT_ROW_COLUMNS, type AuditRow } from '../../common/audit/audit-row.js';

/**
 * The audit trail as one viewer may read it:
 * - ADMIN: every event;
 * - HR_ADMIN: events about employees of its subtree (by subject NIP), and events about no employee
 *   (cycles, sign-ins) by accounts of its subtree. An event about an employee outside the subtree
 *   stays hidden even when one of its own accounts caused it (say, a refused attempt to read another
 *   pemda's appraisal): it would name a person the HR admin may not see (SPEC §6);
 * - anyone tied to an employee (EMPLOYEE, SUPERVISOR): the events about their own data, including
 *   who read their appraisal (UU 27/2022 on personal data: the data subject may know).
 * Other roles are refused by the resolver.
 */
export class AuditTrailService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  /** The union of the scopes of the viewer's roles (an HR admin linked to an employee reads both). */
  private async scope(): Promise<{ where: string; params: unknown[] } | null> {
    if (hasRole(this.viewer, Role.ADMIN)) return { where: 'true', params: [] };
    const parts: string[] = [];
    const params: unknown[] = [];
    if (hasRole(this.viewer, Role.HR_ADMIN)) {
      params.push(this.viewer.subtreeIds === 'ALL' ? [] : [...this.viewer.subtreeIds]);
      parts.push(`(a.subject_nip in (select nip from employee where agency_id = any($${params.length}::int[]))
                   or (a.subject_nip is null
                       and a.actor_username in (select username from user_account where agency_id = any($${params.length}::int[]))))`);
    }
    if (this.viewer.employeeId != null) {
      params.push(this.viewer.employeeId);
      parts.push(`a.subject_nip = (select nip from employee where id = $${params.length})`);
    }
    return parts.length === 0 ? null : { where: `(${parts.join(' or ')})`, params };
  }

  /** Newest first. */
  async list(subjectNip: string | null, page: { limit: number; offset: number }): Promise<[AuditEvent[], number]> {
    const scope = await this.scope();
    if (!scope) return [[], 0];
    const params = [...scope.params];
    let where = scope.where;
    if (subjectNip != null) {
      params.push(subjectNip);
      where += ` and a.subject_nip = $${params.length}`;
    }
    const sql = readSqlFromEm(this.em);
    const counted = await sql.query<{ total: string }>(`select count(*) as total from audit_event a where ${where}`, params);
    const rows = await sql.query<TrailRow>(
      `select ${AUDIT_ROW_COLUMNS}, occurred_at
       from audit_event a where ${where}
       order by a.id desc limit $${params.length + 1} offset $${params.length + 2}`,
      [...params, page.limit, page.offset]);
    return [rows.map(toEvent), Number(counted[0]?.total ?? 0)];
  }
}

/** An audit row with the time it happened (a Date from the driver, text from some others). */
type TrailRow = AuditRow & { occurred_at: Date | string };

function toEvent(row: TrailRow): AuditEvent {
  return Object.assign(new AuditEvent(), {
    id: row.id,
    occurredAt: new Date(row.occurred_at),
    actorUsername: row.actor_username,
    actorRole: row.actor_role,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    subjectNip: row.subject_nip,
    outcome: row.outcome,
    requestId: row.request_id,
    detail: row.detail,
  });
}
