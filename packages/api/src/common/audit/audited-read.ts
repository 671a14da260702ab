import type { Context } from '../graphql/context.js';
import { requireViewer } from '../auth/auth-checker.js';
import { actorRoles } from '../auth/viewer.js';

/** Audit actions of the reads that hand out individual ratings (UU 27/2022: who looked at whose data). */
export const ReadAuditAction = {
  APPRAISALS: 'APPRAISALS_READ',
  COMPETENCY_PROFILE: 'COMPETENCY_PROFILE_READ',
  TALENT_BOX_MEMBERS: 'TALENT_BOX_MEMBERS_READ',
  GAP_EMPLOYEES: 'GAP_EMPLOYEES_READ',
  TRAINING_EFFECT_MEMBERS: 'TRAINING_EFFECT_MEMBERS_READ',
  TEAM_MEMBERS: 'TEAM_MEMBERS_READ',
  OBJECTION_INBOX: 'OBJECTION_INBOX_READ',
} as const;
export type ReadAuditAction = (typeof ReadAuditAction)[keyof typeof ReadAuditAction];

/** Above this many people an event names the scope and a count instead of every id. */
export const MAX_LISTED_EMPLOYEES = 100;

export interface IndividualRead {
  action: ReadAuditAction;
  /** The GraphQL field that answered. */
  field: string;
  /** Employee of every row returned (repeats allowed), in order. */
  employeeIds: readonly number[];
  /** Rows returned. */
  rows: number;
  /** What was asked for (filter, cycle, agency, page): enough to replay the question. */
  scope: Record<string, unknown>;
}

/**
 * Records one read of individual ratings: one INSERT per answered field, however many rows it
 * returned. An event about a single person carries their NIP, so it shows in their own trail
 * (auditTrail) like a read of one appraisal does; a list names its employees by id (or counts them
 * past MAX_LISTED_EMPLOYEES). It is written before the answer leaves: if it cannot be stored, the
 * request fails rather than disclose unrecorded.
 */
export async function auditIndividualRead(ctx: Context, read: IndividualRead): Promise<void> {
  const viewer = requireViewer(ctx);
  const distinct = [...new Set(read.employeeIds)];
  const detail: Record<string, unknown> = { field: read.field, rows: read.rows, scope: read.scope };
  if (distinct.length <= MAX_LISTED_EMPLOYEES) detail.employeeIds = distinct;
  else detail.employeeCount = distinct.length;
  const only = distinct.length === 1 ? distinct[0]! : null;
  await ctx.sql.query(
    `insert into audit_event (actor_username, actor_role, action, subject_type, subject_id, subject_nip, outcome, request_id, detail)
     values ($1, $2, $3, 'employee', $4, (select nip from employee where id = $5), 'SUCCESS', $6, $7::jsonb)`,
    [viewer.username, actorRoles(viewer), read.action, only == null ? null : String(only), only, ctx.requestId, JSON.stringify(detail)],
  );
}
