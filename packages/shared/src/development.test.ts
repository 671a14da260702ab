import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_STATUSES, nextDevelopmentStatus, type DevelopmentAction, type DevelopmentStatus } from './development';

describe('development plan item transitions', () => {
  const table: [DevelopmentStatus, DevelopmentAction, DevelopmentStatus | null][] = [
    ['RECOMMENDED', 'PLAN', 'PLANNED'],
    ['RECOMMENDED', 'DROP', 'DROPPED'],
    ['RECOMMENDED', 'CLOSE', 'DONE'],
    ['PLANNED', 'PLAN', null],
    ['PLANNED', 'DROP', 'DROPPED'],
    ['PLANNED', 'CLOSE', 'DONE'],
    ['DONE', 'PLAN', null],
    ['DONE', 'DROP', null],
    ['DONE', 'CLOSE', null],
    ['DROPPED', 'PLAN', null],
    ['DROPPED', 'DROP', null],
    ['DROPPED', 'CLOSE', null],
  ];
  it.each(table)('%s --%s--> %s', (status, action, next) => {
    expect(nextDevelopmentStatus(status, action)).toBe(next);
  });
  it('covers every status', () => {
    expect(new Set(table.map(([s]) => s))).toEqual(new Set(DEVELOPMENT_STATUSES));
  });
});
