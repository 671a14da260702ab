import { describe, expect, it } from 'vitest';
import { PREDICATES, type Predicate } from './predicate';
import {
  NINE_BOX,
  NINE_BOXES,
  nineBoxOf,
  performanceOf,
  potentialOf,
  type PerformanceLevel,
  type PotentialLevel,
} from './talent';

describe('performanceOf', () => {
  const table: [Predicate, PerformanceLevel][] = [
    ['SANGAT_BAIK', 'ABOVE'],
    ['BAIK', 'MEETS'],
    ['BUTUH_PERBAIKAN', 'BELOW'],
    ['KURANG', 'BELOW'],
    ['SANGAT_KURANG', 'BELOW'],
  ];
  it.each(table)('%s → %s', (predicate, level) => expect(performanceOf(predicate)).toBe(level));
  it('covers every predicate', () => expect(table.map(([p]) => p)).toEqual(PREDICATES));
});

describe('potentialOf', () => {
  it.each<[number, PotentialLevel]>([
    [0, 'LOW'],
    [69.99, 'LOW'],
    [70, 'MEDIUM'],
    [89.99, 'MEDIUM'],
    [90, 'HIGH'],
    [100, 'HIGH'],
  ])('fit %d → %s', (fit, level) => expect(potentialOf(fit)).toBe(level));
});

describe('nine box', () => {
  // PermenPANRB 3/2020, as laid out in SPEC §3.
  const grid: [PerformanceLevel, PotentialLevel, number][] = [
    ['ABOVE', 'LOW', 4], ['ABOVE', 'MEDIUM', 7], ['ABOVE', 'HIGH', 9],
    ['MEETS', 'LOW', 2], ['MEETS', 'MEDIUM', 5], ['MEETS', 'HIGH', 8],
    ['BELOW', 'LOW', 1], ['BELOW', 'MEDIUM', 3], ['BELOW', 'HIGH', 6],
  ];

  it.each(grid)('%s performance, %s potential → box %d', (performance, potential, box) => {
    expect(nineBoxOf(performance, potential)).toBe(box);
  });

  it('lists boxes 1..9, each under its own number with both follow-ups', () => {
    expect(NINE_BOXES.map((c) => c.box)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const [key, cell] of Object.entries(NINE_BOX)) {
      expect(cell.box).toBe(Number(key));
      expect(cell.followUp).not.toBe('');
      expect(cell.followUpId).not.toBe('');
    }
  });

  it('sends the top box to the succession pool and box 1 to the regulations', () => {
    expect(NINE_BOX[9].followUp).toMatch(/promote/i);
    expect(NINE_BOX[1].followUpId).toMatch(/peraturan/);
  });
});
