import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, isCompetencyLevel, MAX_LEVEL, MIN_LEVEL } from '@kinerja/shared';
import type { Viewer } from '../../common/auth/viewer.js';
import type { UserErrorData } from '../../common/graphql/errors.js';
import { AuditOutcome, AuditService } from '../audit/audit.service.js';
import { cellCheckOf, DATASET_RULES, type CellCheck } from '../dataset/dataset-rules.js';

/*
 * The write path shared by the reference-data mutations (agencies, competencies, positions,
 * employees, training): one transaction, one audit event, expected failures as userErrors.
 * It lives beside the agency module only because the feature folders were the agreed place for this
 * work; it is not agency-specific and belongs in src/common/ once the appraisal module's similar
 * helpers (appraisal-checks.ts) settle.
 */

/** An expected failure, thrown inside a write's transaction so that it rolls back. */
export class Refusal extends Error {
  constructor(readonly errors: UserErrorData[]) {
    super(errors.map((e) => `${e.field?.join('.') ?? ''}: ${e.message}`).join('; '));
  }
}

/** Refuses the write with one user error. */
export function refuse(code: ErrorCode, message: string, field: string[] | null = null): never {
  throw new Refusal([{ field, code, message }]);
}

/** Ids are decimal integers; anything else names nothing. */
export function parseId(id: string | null | undefined): number | null {
  return id != null && /^\d{1,9}$/.test(id) ? Number(id) : null;
}

// Codes and names follow the dataset rules (SPEC §8), so whatever is typed here can be exported
// and imported again unchanged.
const agencyCells = DATASET_RULES.find((rules) => rules.file === 'agencies.csv')!;
const codeCheck: CellCheck = cellCheckOf(agencyCells, 'code');
const nameCheck: CellCheck = cellCheckOf(agencyCells, 'name');
/** Level descriptors are not in the datasets; a paragraph is plenty. */
const LONG_TEXT_LIMIT = 2000;
/** decimal(14,2) holds amounts below 10^12. */
const AMOUNT_LIMIT = 1e12;

/**
 * Collects every input problem of one mutation before refusing, so the client can fix them all at
 * once. Each check returns the cleaned value (meaningless once an error is recorded for it).
 */
export class InputChecks {
  readonly errors: UserErrorData[] = [];

  add(field: string[] | null, code: ErrorCode, message: string): void {
    this.errors.push({ field, code, message });
  }

  /** Whether a problem was recorded for this field (or below it). */
  failed(field: string[]): boolean {
    return this.errors.some((e) => e.field != null && field.every((part, i) => e.field?.[i] === part));
  }

  /** A natural key: 1–64 letters, digits, '.', '-', '_' or '/', starting with a letter or digit. */
  code(value: string, field: string[]): string {
    return this.cell(codeCheck, value, field);
  }

  /** A name or title: not empty, at most 300 characters, trimmed. */
  name(value: string, field: string[]): string {
    return this.cell(nameCheck, value, field);
  }

  longText(value: string, field: string[]): string {
    const trimmed = value.trim();
    if (trimmed === '') this.add(field, ErrorCode.VALIDATION, 'must not be empty');
    else if (trimmed.length > LONG_TEXT_LIMIT) this.add(field, ErrorCode.VALIDATION, `must be at most ${LONG_TEXT_LIMIT} characters`);
    return trimmed;
  }

  /** PermenPANRB 38/2017: proficiency levels run 1..5. */
  level(value: number, field: string[]): number {
    if (!isCompetencyLevel(value)) this.add(field, ErrorCode.LEVEL_OUT_OF_RANGE, `must be a whole number from ${MIN_LEVEL} to ${MAX_LEVEL}`);
    return value;
  }

  /** A whole number in [min, max]. */
  integer(value: number, field: string[], min: number, max: number, message: string): number {
    if (!Number.isInteger(value) || value < min || value > max) this.add(field, ErrorCode.VALIDATION, message);
    return value;
  }

  /** An amount in rupiah as decimal(14,2): 0 or more, at most two decimals. */
  amount(value: number, field: string[]): string {
    if (!Number.isFinite(value) || value < 0 || value >= AMOUNT_LIMIT) {
      this.add(field, ErrorCode.VALIDATION, `must be 0 or more and below ${AMOUNT_LIMIT}`);
    } else if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) {
      this.add(field, ErrorCode.VALIDATION, 'must have at most two decimals');
    }
    return Number.isFinite(value) ? value.toFixed(2) : '0.00';
  }

  /** Throws the collected problems, if any, as one refusal. */
  done(): void {
    if (this.errors.length > 0) throw new Refusal(this.errors);
  }

  private cell(check: CellCheck, value: string, field: string[]): string {
    const trimmed = value.trim();
    const reason = check(trimmed, {});
    if (reason) this.add(field, ErrorCode.VALIDATION, reason === 'required' ? 'must not be empty' : reason);
    return trimmed;
  }
}

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

/**
 * Runs one reference-data write: the work and its SUCCESS audit event in one transaction, so either
 * both are stored or neither. A Refusal, or a unique key lost to a concurrent writer, rolls the work
 * back and is answered with userErrors and one FAILURE event written on its own. Anything else is a
 * bug and propagates.
 */
export async function auditedWrite<T>(
  actor: WriteActor,
  action: string,
  subject: Pick<AuditSubject, 'subjectType'> & Partial<AuditSubject>,
  work: (em: EntityManager, subject: AuditSubject) => Promise<T>,
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
    const errors = expectedErrors(error);
    if (!errors) throw error;
    await new AuditService(actor.em, audit).recordNow({
      action,
      outcome: AuditOutcome.FAILURE,
      subjectType: note.subjectType,
      subjectId: note.subjectId,
      subjectNip: note.subjectNip,
      detail: { errors: errors.map((e) => ({ field: e.field?.join('.') ?? null, code: e.code })) },
    });
    return { ok: false, errors };
  }
}

function expectedErrors(error: unknown): UserErrorData[] | null {
  if (error instanceof Refusal) return error.errors;
  // The services check natural keys first and name the field; this is the race they cannot see.
  if (error instanceof UniqueConstraintViolationException) {
    return [{ field: null, code: ErrorCode.CONFLICT, message: 'Someone saved a record with the same key at the same time; reload and try again.' }];
  }
  return null;
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

/**
 * Serialises writers of one kind of structure for the rest of the transaction (agency tree,
 * supervision chains), so two moves checked against the same old state cannot together make a cycle.
 */
export async function lockFor(em: EntityManager, name: string): Promise<void> {
  await em.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [`kinerja:${name}`], 'all', em.getTransactionContext());
}
