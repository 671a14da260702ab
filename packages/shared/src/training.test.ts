import { describe, expect, it } from 'vitest';
import { meetsDevelopmentJp, recommendProgram } from './training';

describe('recommendProgram', () => {
  // Modelled on the small fixture's M01 and M03 catalogue, plus tie-break cases.
  const programs = [
    { code: 'INT-1', levelFrom: 1, levelTo: 3, hoursJp: 24 },
    { code: 'INT-2', levelFrom: 3, levelTo: 5, hoursJp: 16 },
    { code: 'INT-2-LONG', levelFrom: 3, levelTo: 5, hoursJp: 40 },
    { code: 'INT-1B', levelFrom: 2, levelTo: 4, hoursJp: 20 },
    { code: 'KOM-1B', levelFrom: 1, levelTo: 2, hoursJp: 8 },
    { code: 'KOM-1A', levelFrom: 1, levelTo: 2, hoursJp: 8 },
  ];

  it.each([
    [1, 'INT-1'], // INT-1 reaches level 3; the KOM courses only level 2
    [2, 'INT-1B'], // highest levelTo wins over fewer hours elsewhere
    [3, 'INT-2'], // same levelTo: fewest hours
    [4, 'INT-2'], // levelFrom ≤ assessed < levelTo
    [5, null], // nothing lifts above the top level
  ])('assessed %d → %s', (assessed, code) => {
    expect(recommendProgram(programs, assessed)?.code ?? null).toBe(code);
  });

  it('breaks a full tie by the lowest code', () => {
    const ties = programs.filter((p) => p.code.startsWith('KOM'));
    expect(recommendProgram(ties, 1)?.code).toBe('KOM-1A');
    expect(recommendProgram([...ties].reverse(), 1)?.code).toBe('KOM-1A');
  });

  it('returns the caller’s own object', () => {
    const catalogue = [{ code: 'X', levelFrom: 1, levelTo: 2, hoursJp: 4, costPerParticipant: 500_000 }];
    expect(recommendProgram(catalogue, 1)).toBe(catalogue[0]);
  });

  it('returns null for an empty catalogue', () => expect(recommendProgram([], 1)).toBeNull());
});

describe('meetsDevelopmentJp', () => {
  it.each([
    [0, false],
    [19.5, false],
    [20, true],
    [44, true],
  ])('%d JP → %s', (jp, expected) => expect(meetsDevelopmentJp(jp)).toBe(expected));
});
