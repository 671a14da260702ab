import { describe, expect, it } from 'vitest';
import { isLeniencyFlagged, isSmallGroup, ratio } from './analytics';

describe('ratio', () => {
  it.each([
    [30, 34, 30 / 34],
    [0, 5, 0],
    [0, 0, null],
  ])('%d / %d → %s', (n, d, expected) => expect(ratio(n, d)).toBe(expected));
});

describe('isSmallGroup', () => {
  it.each([
    [0, true],
    [4, true],
    [5, false],
  ])('%d employees → %s', (n, expected) => expect(isSmallGroup(n)).toBe(expected));
});

describe('isLeniencyFlagged', () => {
  it.each([
    [0.75, 10, true],
    [-0.75, 10, true],
    [0.74, 50, false],
    [1.5, 9, false],
  ])('difference %d over %d ratings → %s', (diff, n, expected) => {
    expect(isLeniencyFlagged(diff, n)).toBe(expected);
  });
});
