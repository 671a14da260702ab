/** The audit trail as SQL reads it, straight from the `audit_event` table: by the trail's reader and by the tests. */

/** One `audit_event` row as selected by AUDIT_ROW_COLUMNS (the id as text: it is a bigint). */
export interface AuditRow {
  id: string;
  actor_username: string | null;
  actor_role: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  subject_nip: string | null;
  outcome: string;
  request_id: string | null;
  detail: Record<string, unknown> | null;
}

/** The select list that yields an AuditRow, from `audit_event` alone (under any alias). */
export const AUDIT_ROW_COLUMNS =
  'id::text as id, actor_username, actor_role, action, subject_type, subject_id, subject_nip, outcome, request_id, detail';
