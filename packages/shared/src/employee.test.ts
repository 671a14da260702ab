import { describe, expect, it } from 'vitest';
import { PNS_RANKS, PPPK_RANKS, isValidRank, type EmploymentType } from './employee';

describe('ranks', () => {
  it('span I/a … IV/e for PNS and I … XVII for PPPK', () => {
    expect(PNS_RANKS).toHaveLength(17);
    expect([PNS_RANKS[0], PNS_RANKS.at(-1)]).toEqual(['I/a', 'IV/e']);
    expect(PPPK_RANKS).toHaveLength(17);
    expect([PPPK_RANKS[0], PPPK_RANKS.at(-1)]).toEqual(['I', 'XVII']);
  });

  it.each<[EmploymentType, string, boolean]>([
    ['PNS', 'III/b', true],
    ['PNS', 'IV/e', true],
    ['PNS', 'I/e', false], // only IV has an /e
    ['PNS', 'III', false],
    ['PNS', 'iii/b', false],
    ['PPPK', 'IX', true],
    ['PPPK', 'XVII', true],
    ['PPPK', 'XVIII', false],
    ['PPPK', 'III/b', false],
    ['PPPK', '', false],
  ])('%s %j → %s', (type, rank, expected) => expect(isValidRank(type, rank)).toBe(expected));
});
