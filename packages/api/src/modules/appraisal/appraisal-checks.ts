import { ErrorCode, isCompetencyLevel, MAX_LEVEL, MIN_LEVEL } from '@kinerja/shared';
import type { UserErrorData } from '../../common/graphql/errors.js';
import { AuditOutcome } from '../audit/audit.service.js';

/**
 * An expected failure, thrown inside a write's transaction so that it rolls back, and turned into
 * userErrors plus one FAILURE or DENIED audit event outside it.
 */
export class Refusal extends Error {
  constructor(readonly outcome: AuditOutcome, readonly errors: UserErrorData[]) {
    super(errors.map((e) => e.message).join(' '));
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

/** Ids are decimal integers; anything else names nothing. */
export function parseId(id: string | null | undefined): number | null {
  return id != null && /^\d{1,9}$/.test(id) ? Number(id) : null;
}

const TEXT_LIMIT = 4000;
/** numeric(14,2) holds values below 10^12. */
const AMOUNT_LIMIT = 1e12;

/**
 * Collects every input problem of one mutation before refusing, so the client can fix them all at
 * once. Each check returns the cleaned value (meaningless once an error is recorded).
 */
export class InputChecks {
  readonly errors: UserErrorData[] = [];

  add(field: string[] | null, code: ErrorCode, message: string): void {
    this.errors.push({ field, code, message });
  }

  text(value: string, field: string[], options: { max?: number } = {}): string {
    const trimmed = value.trim();
    const max = options.max ?? TEXT_LIMIT;
    if (trimmed === '') this.add(field, ErrorCode.VALIDATION, 'must not be empty');
    else if (trimmed.length > max) this.add(field, ErrorCode.VALIDATION, `must be at most ${max} characters`);
    return trimmed;
  }

  optionalText(value: string | null | undefined, field: string[]): string | null {
    if (value == null || value.trim() === '') return null;
    return this.text(value, field);
  }

  /** A decimal(14,2) amount: 0 or more, at most two decimals. */
  amount(value: number, field: string[]): string {
    if (!Number.isFinite(value) || value < 0 || value >= AMOUNT_LIMIT) {
      this.add(field, ErrorCode.VALIDATION, `must be 0 or more and below ${AMOUNT_LIMIT}`);
    } else if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) {
      this.add(field, ErrorCode.VALIDATION, 'must have at most two decimals');
    }
    return Number.isFinite(value) ? value.toFixed(2) : '0.00';
  }

  optionalUrl(value: string | null | undefined, field: string[]): string | null {
    if (value == null || value.trim() === '') return null;
    const trimmed = value.trim();
    let url: URL | null = null;
    try {
      url = new URL(trimmed);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || trimmed.length > 2000) {
      this.add(field, ErrorCode.VALIDATION, 'must be an http(s) link');
    }
    return trimmed;
  }

  level(value: number, field: string[]): number {
    // PermenPANRB 38/2017: proficiency levels run 1..5.
    if (!isCompetencyLevel(value)) this.add(field, ErrorCode.LEVEL_OUT_OF_RANGE, `must be a whole number from ${MIN_LEVEL} to ${MAX_LEVEL}`);
    return value;
  }

  /** Throws the collected problems, if any, as one refusal. */
  done(): void {
    if (this.errors.length > 0) throw new Refusal(AuditOutcome.FAILURE, this.errors);
  }
}
