import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { kinerjaSchema } from '../app.js';
import { EXPLORER_EXAMPLES } from './explorer-examples.js';

describe('explorer examples', () => {
  it.each(EXPLORER_EXAMPLES.map((e) => [e.name, e] as const))('%s is valid against the schema', async (_name, example) => {
    expect(validate(await kinerjaSchema(), parse(example.query))).toEqual([]);
  });
});
