import { describe, expect, it } from 'vitest';
import { toKnexBindings } from './sql.js';

describe('toKnexBindings', () => {
  it.each([
    ['select $1', [7], 'select ?', [7]],
    ['select $2, $1, $2', ['a', 'b'], 'select ?, ?, ?', ['b', 'a', 'b']],
    ['select 1::int', [], 'select 1::int', []],
    ['select any($1)', [[1, 2]], 'select any(?)', ['{"1","2"}']],
    ['select any($1)', [['a"b', 'c\\d']], 'select any(?)', ['{"a\\"b","c\\\\d"}']],
  ])('%s', (text, params, sql, bindings) => {
    expect(toKnexBindings(text, params)).toEqual({ sql, bindings });
  });

  it('refuses a placeholder without a value', () => {
    expect(() => toKnexBindings('select $2', [1])).toThrow(/\$2/);
  });
});
