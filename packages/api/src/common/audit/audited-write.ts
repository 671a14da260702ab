import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode } from '@kinerja/shared';
import { AuditOutcome, AuditService } from './audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import type { UserErrorData } from '../graphql/errors.js';
import { failed, Refusal } from '../input/refusal.js';

/*
 * The write path of every audited mutation (reference data, appraisals, cycles): one transaction,
 * one audit event, expected failures as userErrors.
 */

/** What the audit event of a write is about; filled in by the write as it learns it. */
export interface AuditSubject {
  subjectType: string;
  subjectId: string | number | null;
  /** NIP of the employee whose data this is; only once the employee is known to be visible. */
  subjectNip: string | null;
  /** What changed, for the trail (never secrets). */
  detail: Record<string, unknown> | null;
}

export type WriteOutcome<T> = { ok: true; value: T } | { ok: false; errors: UserErrorData[] };

export interface WriteActor {
  em: EntityManager;
  viewer: Viewer;
  requestId: string;
}

/** How one family of writes answers what its checks cannot see, and names fields in its refusal events. */
export interface WritePolicy {
  /**
   * The refusal for an error a concurrent writer can cause behind the checks (a unique key, a stale
   * version), or null: anything else is a bug and propagates.
   */
  conflict: (error: unknown) => Refusal | null;
  /**
   * How a refusal's audit event names each field: 'dotted' ("input.code", the reference-data writes)
   * or 'path' (["input", "code"], the appraisal and cycle writes). Both forms are in stored trails and
   * in what `auditEvents` returns, so each family keeps its own.
   */
  fieldForm: 'dotted' | 'path';
}

/** The reference-data writes: they check natural keys first and name the field; this is the race they cannot see. */
const SAME_KEY: WritePolicy = {
  conflict: (error) => (error instanceof UniqueConstraintViolationException
    ? failed(ErrorCode.CONFLICT, 'Someone saved a record with the same key at the same time; reload and try again.')
    : null),
  fieldForm: 'dotted',
};

/**
 * Runs one write: the work and its SUCCESS audit event in one transaction, so either both are stored
 * or neither. A Refusal, or an error the policy maps to one, rolls the work back and is answered with
 * userErrors and one event of the refusal's outcome (FAILURE or DENIED) written on its own. Anything
 * else is a bug and propagates.
 */
export async function auditedWrite<T>(
  actor: WriteActor,
  action: string,
  subject: Pick<AuditSubject, 'subjectType'> & Partial<AuditSubject>,
  work: (em: EntityManager, subject: AuditSubject) => Promise<T>,
  policy: WritePolicy = SAME_KEY,
): Promise<WriteOutcome<T>> {
  const note: AuditSubject = { subjectId: null, subjectNip: null, detail: null, ...subject };
  const audit = { viewer: actor.viewer, requestId: actor.requestId };
  try {
    const value = await actor.em.transactional(async (em) => {
      const result = await work(em, note);
      await em.flush();
      new AuditService(em, audit).record({ action, outcome: AuditOutcome.SUCCESS, ...note });
      return result;
    });
    return { ok: true, value };
  } catch (error) {
    const refusal = error instanceof Refusal ? error : policy.conflict(error);
    if (!refusal) throw error;
    const fieldOf = policy.fieldForm === 'dotted'
      ? (e: UserErrorData) => e.field?.join('.') ?? null
      : (e: UserErrorData) => e.field;
    await new AuditService(actor.em, audit).recordNow({
      action,
      outcome: refusal.outcome,
      subjectType: note.subjectType,
      subjectId: note.subjectId,
      subjectNip: note.subjectNip,
      detail: { errors: refusal.errors.map((e) => ({ field: fieldOf(e), code: e.code })) },
    });
    return { ok: false, errors: refusal.errors };
  }
}

/** Field-by-field changes for the audit trail: `{ name: { from, to } }`, only what differs (absent = null). */
export function changesOf(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
