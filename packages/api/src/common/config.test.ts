import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, loadLimits } from './config.js';

describe('loadLimits', () => {
  it('has defaults and reads each variable', () => {
    expect(loadLimits({})).toEqual(DEFAULT_LIMITS);
    expect(loadLimits({ KINERJA_STATEMENT_TIMEOUT_MS: '2500', KINERJA_CALLER_CONCURRENCY: ' 4 ' }))
      .toEqual({ ...DEFAULT_LIMITS, statementTimeoutMs: 2500, callerConcurrency: 4 });
  });

  it.each(['0', '-1', '1.5', '5s'])('refuses %s, naming the variable', (raw) => {
    expect(() => loadLimits({ KINERJA_REQUEST_TIMEOUT_MS: raw })).toThrow(`KINERJA_REQUEST_TIMEOUT_MS must be a positive whole number, not "${raw}"`);
  });
});
