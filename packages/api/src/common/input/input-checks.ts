import { ErrorCode, isCompetencyLevel, isEvidenceUrl, MAX_LEVEL, MIN_LEVEL } from '@kinerja/shared';
import { AuditOutcome } from '../audit/audit.service.js';
import { code as codeCell, NAME_LENGTH, text as textCell, type CellCheck } from './cell-checks.js';
import type { UserErrorData } from '../graphql/errors.js';
import { Refusal } from './refusal.js';

// Codes and names follow the dataset rules (SPEC §8), so whatever is typed here can be exported
// and imported again unchanged.
// The import's agency file checks its `code` and `name` columns with these same two.
const codeCheck: CellCheck = codeCell;
const nameCheck: CellCheck = textCell(NAME_LENGTH);
/** Free text (comments, notes, plan targets) unless the caller sets its own limit. */
const TEXT_LIMIT = 4000;
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

  /** Text that must not be empty, trimmed, at most `max` characters. */
  text(value: string, field: string[], options: { max?: number } = {}): string {
    const trimmed = value.trim();
    const max = options.max ?? TEXT_LIMIT;
    if (trimmed === '') this.add(field, ErrorCode.VALIDATION, 'must not be empty');
    else if (trimmed.length > max) this.add(field, ErrorCode.VALIDATION, `must be at most ${max} characters`);
    return trimmed;
  }

  /** Like `text`, but absent or blank is null. */
  optionalText(value: string | null | undefined, field: string[]): string | null {
    if (value == null || value.trim() === '') return null;
    return this.text(value, field);
  }

  /** An http(s) link, or null when absent or blank. */
  optionalUrl(value: string | null | undefined, field: string[]): string | null {
    if (value == null || value.trim() === '') return null;
    const trimmed = value.trim();
    if (!isEvidenceUrl(trimmed)) this.add(field, ErrorCode.VALIDATION, 'must be an http(s) link, e.g. https://drive.example.id/bukti.pdf');
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

  /** An amount as decimal(14,2) (rupiah, target values): 0 or more, at most two decimals. */
  amount(value: number, field: string[]): string {
    if (!Number.isFinite(value) || value < 0 || value >= AMOUNT_LIMIT) {
      this.add(field, ErrorCode.VALIDATION, `must be 0 or more and below ${AMOUNT_LIMIT}`);
    } else if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) {
      this.add(field, ErrorCode.VALIDATION, 'must have at most two decimals');
    }
    return Number.isFinite(value) ? value.toFixed(2) : '0.00';
  }

  /** Throws the collected problems, if any, as one refusal (audited as FAILURE). */
  done(): void {
    if (this.errors.length > 0) throw new Refusal(AuditOutcome.FAILURE, this.errors);
  }

  private cell(check: CellCheck, value: string, field: string[]): string {
    const trimmed = value.trim();
    const reason = check(trimmed, {});
    if (reason) this.add(field, ErrorCode.VALIDATION, reason === 'required' ? 'must not be empty' : reason);
    return trimmed;
  }
}
