import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsField } from './selection.js';

const schema = buildSchema(`
  type Agency { code: String }
  type Row { agency: Agency, burden: Int }
  type Query { rows: [Row] }
`);

/** What selectsField answers for `rows` in this operation. */
function selection(operation: string, names: readonly string[]): Record<string, boolean> {
  let answer: Record<string, boolean> = {};
  execute({
    schema,
    document: parse(operation),
    fieldResolver: (_source, _args, _context, info: GraphQLResolveInfo) => {
      if (info.fieldName === 'rows') answer = Object.fromEntries(names.map((n) => [n, selectsField(info, n)]));
      return null;
    },
  });
  return answer;
}

describe('selectsField', () => {
  it.each([
    ['a direct field', '{ rows { agency { code } burden } }', { agency: true, burden: true }],
    ['a field left out', '{ rows { burden } }', { agency: false, burden: true }],
    ['a nested field of the same name, not on the rows', '{ rows { burden } }', { code: false }],
    ['an inline fragment', '{ rows { ... on Row { agency { code } } } }', { agency: true, burden: false }],
    ['a named fragment', '{ rows { ...R } } fragment R on Row { agency { code } }', { agency: true, burden: false }],
    ['a fragment inside a fragment', '{ rows { ...A } } fragment A on Row { ...B } fragment B on Row { burden }', { agency: false, burden: true }],
    ['the field asked twice, merged into one', '{ rows { burden } rows { agency { code } } }', { agency: true, burden: true }],
  ])('%s', (_what, operation, expected) => {
    expect(selection(operation, Object.keys(expected))).toEqual(expected);
  });
});
