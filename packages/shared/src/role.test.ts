import { describe, expect, it } from 'vitest';
import { can, CAPABILITIES, normaliseRoles, primaryRole, ROLES, rolesWith, suppressesSmallGroups, type Capability, type Role } from './role';

// SPEC §6 typed out row by row, independently of CAPABILITIES: a change to the table must change
// this matrix too. Columns: AGG = READ_AGGREGATES, TAG = READ_TEAM_AGGREGATES, PPL = READ_PEOPLE,
// GAP = READ_GAP_LISTS, AUD = READ_AUDIT_TRAIL, REF = WRITE_REFERENCE_DATA, EMP = WRITE_EMPLOYEES, CYC = MANAGE_CYCLES,
// ACC = MANAGE_ACCOUNTS, TRN = WRITE_TRAINING, SUP = small groups suppressed.
const COLUMNS = [
  'READ_AGGREGATES', 'READ_TEAM_AGGREGATES', 'READ_PEOPLE', 'READ_GAP_LISTS', 'READ_AUDIT_TRAIL', 'WRITE_REFERENCE_DATA',
  'WRITE_EMPLOYEES', 'MANAGE_CYCLES', 'MANAGE_ACCOUNTS', 'WRITE_TRAINING',
] as const satisfies readonly Capability[];
const SPEC_6: Record<Role, string> = {
  //                AGG TAG PPL GAP AUD REF EMP CYC ACC TRN SUP
  ADMIN:            'x   x   x   x   x   x   x   x   x   x   .',
  HR_ADMIN:         'x   .   x   x   x   x   x   x   x   .   .',
  LEADER:           'x   .   x   x   .   .   .   .   .   .   .',
  TRAINING_PLANNER: 'x   .   x   x   .   .   .   .   .   x   .',
  ANALYST:          'x   .   .   .   .   .   .   .   .   .   x',
  SUPERVISOR:       '.   x   x   .   x   .   .   .   .   .   .',
  EMPLOYEE:         '.   .   x   .   x   .   .   .   .   .   .',
};
const cells = (role: Role) => SPEC_6[role].split(/\s+/).map((c) => c === 'x');

describe('role capabilities (SPEC §6)', () => {
  it('names every capability of the table in the matrix', () => {
    expect([...COLUMNS].sort()).toEqual(Object.keys(CAPABILITIES).sort());
  });

  describe.each(ROLES)('%s', (role) => {
    it.each(COLUMNS.map((capability, i) => [capability, cells(role)[i]!] as const))('%s → %s', (capability, expected) => {
      expect(can(role, capability)).toBe(expected);
      expect(rolesWith(capability).includes(role)).toBe(expected);
    });
    it(`small groups suppressed → ${cells(role)[COLUMNS.length]}`, () => {
      expect(suppressesSmallGroups(role)).toBe(cells(role)[COLUMNS.length]);
    });
  });

  it('grants nothing without a role', () => {
    for (const capability of COLUMNS) expect(can(null, capability)).toBe(false);
    expect(suppressesSmallGroups(undefined)).toBe(false);
  });

  it('rolesWith of several capabilities is their union, in ROLES order', () => {
    expect(rolesWith('READ_AGGREGATES', 'READ_PEOPLE')).toEqual(ROLES);
    expect(rolesWith('WRITE_TRAINING')).toEqual(['ADMIN', 'TRAINING_PLANNER']);
  });

  it('a role set holds the union of its roles\' capabilities and nothing more', () => {
    const kepalaDinas: Role[] = ['SUPERVISOR', 'LEADER'];
    for (const [i, capability] of COLUMNS.entries()) {
      expect(can(kepalaDinas, capability)).toBe(cells('SUPERVISOR')[i]! || cells('LEADER')[i]!);
    }
    expect(can([], 'READ_PEOPLE')).toBe(false);
  });

  it('suppresses small groups only when every aggregate-reading role of the set does', () => {
    expect(suppressesSmallGroups(['ANALYST', 'SUPERVISOR'])).toBe(true);
    expect(suppressesSmallGroups(['ANALYST', 'LEADER'])).toBe(false);
    expect(suppressesSmallGroups(['SUPERVISOR'])).toBe(false);
  });

  it('orders a role set as ROLES does; the primary role is the widest', () => {
    expect(normaliseRoles(['SUPERVISOR', 'LEADER', 'SUPERVISOR'])).toEqual(['LEADER', 'SUPERVISOR']);
    expect(primaryRole(['EMPLOYEE', 'SUPERVISOR'])).toBe('SUPERVISOR');
    expect(primaryRole([])).toBeNull();
  });
});
