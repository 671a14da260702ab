import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.js';
import { kinerjaSchema, schemaSdl } from '../../app.js';

describe('GraphQL schema', () => {
  it('matches the committed packages/api/schema.graphql (run `pnpm kinerja schema -o packages/api/schema.graphql`)', async () => {
    const committed = readFileSync(path.join(REPO_ROOT, 'packages/api/schema.graphql'), 'utf8');
    expect(await schemaSdl()).toBe(committed);
  });

  it('describes every type, field, argument and enum value', async () => {
    const schema = await kinerjaSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
