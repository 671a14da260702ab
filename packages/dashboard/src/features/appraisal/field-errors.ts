// The API's userErrors name the field they refuse as a path (`["input", "levels", "2", "level"]`);
// forms show each message next to that field and in the error summary at the top (STYLE "Errors").

export interface UserErrorLike {
  field?: readonly string[] | null;
  code: string;
  message: string;
}

// Refusals about the appraisal itself (its state, a stale version) belong to the form, not a field.
const WHOLE_FORM = new Set(['', 'appraisalId', 'version']);

/** `input.levels.2.level` → `levels.2.level`; no field, or the appraisal as a whole → `''`. */
export function fieldKey(field: readonly string[] | null | undefined): string {
  const path = field ?? [];
  const key = (path[0] === 'input' ? path.slice(1) : path).join('.');
  return WHOLE_FORM.has(key) ? '' : key;
}

/** One message per field key, the first the API gave. */
export function errorsByField(errors: readonly UserErrorLike[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) out[fieldKey(error.field)] ??= error.message;
  return out;
}
