import { describe, expect, it } from 'vitest';
import type { RaterRole } from './appraisal';
import { assessedLevel, fitIndexOf, fitRatio, gapFiguresOf, gapOf } from './competency-gap';

describe('assessedLevel', () => {
  it.each<[Partial<Record<RaterRole, number>>, number | null]>([
    [{ SELF: 5, SUPERVISOR: 3, PEER: 4, ASSESSOR: 2 }, 2],
    [{ SELF: 5, SUPERVISOR: 3, PEER: 4 }, 3],
    [{ SUPERVISOR: 3, ASSESSOR: 4 }, 4],
    [{ SELF: 5, PEER: 4 }, null],
    [{}, null],
  ])('%j → %s', (levels, expected) => expect(assessedLevel(levels)).toBe(expected));
});

describe('gap and fit of one pair', () => {
  it.each([
    // required, assessed, gap, fit
    [4, 2, 2, 0.5],
    [4, 3, 1, 0.75],
    [4, 4, 0, 1],
    [3, 5, 0, 1],
    [1, 1, 0, 1],
  ])('required %d, assessed %d → gap %d, fit %d', (required, assessed, gap, fit) => {
    expect(gapOf(required, assessed)).toBe(gap);
    expect(fitRatio(required, assessed)).toBe(fit);
  });
});

describe('fitIndexOf', () => {
  it.each([
    [[{ required: 4, assessed: 2 }, { required: 4, assessed: 4 }], 75],
    [[{ required: 4, assessed: 2 }, { required: 3, assessed: null }], 50],
    [[{ required: 2, assessed: 5 }], 100],
    [[{ required: 4, assessed: null }], null],
    [[], null],
  ])('%j → %s', (pairs, expected) => expect(fitIndexOf(pairs)).toBe(expected));
});

describe('gapFiguresOf', () => {
  it('counts assessed, unassessed and gaps as SPEC §5 defines them', () => {
    const pairs = [
      { required: 5, assessed: 3 },
      { required: 4, assessed: 3 },
      { required: 3, assessed: 4 },
      { required: 3, assessed: 3 },
      { required: 4, assessed: null },
    ];
    expect(gapFiguresOf(pairs)).toEqual({
      assessed: 4,
      unassessed: 1,
      withGap: 2,
      gapRate: 0.5,
      meanGap: 0.75,
      burden: 3,
    });
  });

  it('has no rates when nothing is assessed', () => {
    expect(gapFiguresOf([{ required: 3, assessed: null }])).toEqual({
      assessed: 0, unassessed: 1, withGap: 0, gapRate: null, meanGap: null, burden: 0,
    });
  });
});
