import type { ErrorCode } from '@kinerja/shared';
import { AuditOutcome } from '../audit/audit.service.js';
import type { UserErrorData } from '../graphql/errors.js';

/**
 * An expected failure, thrown inside a write's transaction so that it rolls back, and answered
 * outside it (see auditedWrite) with userErrors plus one audit event of its outcome.
 */
export class Refusal extends Error {
  constructor(readonly outcome: AuditOutcome, readonly errors: UserErrorData[]) {
    super(errors.map((e) => `${e.field?.join('.') ?? ''}: ${e.message}`).join('; '));
  }
}

/** The caller may not do this, or may not see the record: audited as DENIED. */
export function denied(code: ErrorCode, message: string, field: string[] | null = null): Refusal {
  return new Refusal(AuditOutcome.DENIED, [{ field, code, message }]);
}

/** The request cannot be carried out as asked (state, version, input): audited as FAILURE. */
export function failed(code: ErrorCode, message: string, field: string[] | null = null): Refusal {
  return new Refusal(AuditOutcome.FAILURE, [{ field, code, message }]);
}

/** Refuses the write with one user error, audited as FAILURE. */
export function refuse(code: ErrorCode, message: string, field: string[] | null = null): never {
  throw failed(code, message, field);
}
