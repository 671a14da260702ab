import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, loadConfig, loadLimits, parseTrustProxy } from './config.js';

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

describe('configuration', () => {
  it.each([
    [undefined, false], ['', false], ['false', false], ['true', true], ['1', 1], ['2', 2],
    ['loopback', 'loopback'], ['10.0.0.0/8, 127.0.0.1', '10.0.0.0/8, 127.0.0.1'],
  ])('TRUST_PROXY=%o means trust proxy %o', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });

  it('listens on 127.0.0.1 with the embedded database, on 0.0.0.0 with DATABASE_URL, on HOST when set', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/kinerja' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/kinerja', HOST: '10.1.2.3' }).host).toBe('10.1.2.3');
    expect(loadConfig({}).trustProxy).toBe(false);
  });
});
