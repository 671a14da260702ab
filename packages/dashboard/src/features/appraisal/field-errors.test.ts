import { describe, expect, it } from 'vitest';
import { errorsByField, fieldKey } from './field-errors';

describe('field errors', () => {
  it('names the field without the input prefix, and the whole form for the appraisal itself', () => {
    expect(fieldKey(['input', 'levels', '2', 'level'])).toBe('levels.2.level');
    expect(fieldKey(['input', 'indicator'])).toBe('indicator');
    expect(fieldKey(['input', 'version'])).toBe('');
    expect(fieldKey(['input', 'appraisalId'])).toBe('');
    expect(fieldKey(null)).toBe('');
  });

  it('keeps the first message per field', () => {
    expect(errorsByField([
      { field: ['input', 'reason'], code: 'VALIDATION', message: 'required' },
      { field: ['input', 'reason'], code: 'VALIDATION', message: 'second' },
      { field: ['input', 'version'], code: 'CONFLICT', message: 'changed' },
    ])).toEqual({ reason: 'required', '': 'changed' });
  });
});
