import { Role } from '@kinerja/shared';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../common/auth/viewer.js';
import { permission, type AppraisalDeed, type AppraisalParties, type Permission } from './appraisal.policy.js';

// Employee 10 in agency 2 (below agency 1) reports to 20, who reports to 30; 99 is elsewhere.
const parties: AppraisalParties = { employeeId: 10, agencyId: 2, supervisorId: 20, raterId: 20, deciderId: 30 };

const base = { userId: 1, username: 'u', agencyId: null, employeeId: null };
const agencyRole = (role: Role, agencies: number[]): Viewer => ({
  ...base, roles: [role], agencyIds: new Set(agencies), subtreeIds: new Set(agencies),
  people: { kind: 'SOME', agencyIds: new Set(role === Role.ANALYST ? [] : agencies), employeeIds: new Set() },
});
const person = (role: Role, employeeId: number, team: number[]): Viewer => ({
  ...base, roles: [role], employeeId, agencyIds: new Set([2]), subtreeIds: new Set(),
  people: { kind: 'SOME', agencyIds: new Set(), employeeIds: new Set([employeeId, ...team]) },
});

const VIEWERS: Record<string, Viewer> = {
  admin: { ...base, roles: [Role.ADMIN], agencyIds: 'ALL', subtreeIds: 'ALL', people: { kind: 'ALL' } },
  hr: agencyRole(Role.HR_ADMIN, [1, 2]),
  hrElsewhere: agencyRole(Role.HR_ADMIN, [5]),
  leader: agencyRole(Role.LEADER, [1, 2]),
  planner: agencyRole(Role.TRAINING_PLANNER, [1, 2]),
  analyst: agencyRole(Role.ANALYST, [1, 2]),
  decider: person(Role.SUPERVISOR, 30, [20, 10]),
  supervisor: person(Role.SUPERVISOR, 20, [10]),
  employee: person(Role.EMPLOYEE, 10, []),
  colleague: person(Role.EMPLOYEE, 11, []),
  supervisorElsewhere: person(Role.SUPERVISOR, 99, [98]),
};

const A = 'ALLOW', F = 'FORBIDDEN', N = 'NOT_FOUND';
// SPEC §6 and PP 30/2019 art. 59, one row per deed; columns in the order of VIEWERS.
const TABLE: Record<AppraisalDeed, Permission[]> = {
  //                admin hr hrEls leader planner analyst decider supervisor employee colleague spvEls
  CREATE:           [A,   A, N,    F,     F,      N,      F,      F,         A,       N,        N],
  EDIT_PLAN:        [F,   F, N,    F,     F,      N,      F,      F,         A,       N,        N],
  REVIEW_PLAN:      [F,   F, N,    F,     F,      N,      F,      A,         F,       N,        N],
  CHECK_IN:         [F,   F, N,    F,     F,      N,      F,      F,         A,       N,        N],
  ANSWER_CHECK_IN:  [F,   F, N,    F,     F,      N,      F,      A,         F,       N,        N],
  SELF_ASSESS:      [F,   F, N,    F,     F,      N,      F,      F,         A,       N,        N],
  ASSESS:           [F,   F, N,    F,     F,      N,      F,      A,         F,       N,        N],
  ADD_FEEDBACK:     [F,   F, N,    F,     F,      N,      F,      A,         A,       N,        N],
  OBJECT:           [F,   F, N,    F,     F,      N,      F,      F,         A,       N,        N],
  DECIDE_OBJECTION: [F,   F, N,    F,     F,      N,      A,      F,         F,       N,        N],
  FINALIZE:         [A,   A, N,    F,     F,      N,      F,      A,         F,       N,        N],
};

describe('appraisal policy', () => {
  const cases = Object.entries(TABLE).flatMap(([deed, row]) =>
    Object.keys(VIEWERS).map((name, i) => [deed as AppraisalDeed, name, row[i]!] as const));
  it.each(cases)('%s by %s → %s', (deed, name, expected) => {
    expect(permission(VIEWERS[name]!, deed, parties)).toBe(expected);
  });

  it('sends the decision to HR when the data names no official above the rater', () => {
    const top = { ...parties, deciderId: null };
    expect(permission(VIEWERS.hr!, 'DECIDE_OBJECTION', top)).toBe('ALLOW');
    expect(permission(VIEWERS.admin!, 'DECIDE_OBJECTION', top)).toBe('ALLOW');
    expect(permission(VIEWERS.decider!, 'DECIDE_OBJECTION', top)).toBe('FORBIDDEN');
  });

  it('lets the rater finalise and comment after the supervisor changed', () => {
    const moved = { ...parties, supervisorId: 21 };
    expect(permission(VIEWERS.supervisor!, 'FINALIZE', moved)).toBe('ALLOW');
    expect(permission(VIEWERS.supervisor!, 'ADD_FEEDBACK', moved)).toBe('ALLOW');
    expect(permission(VIEWERS.supervisor!, 'ASSESS', moved)).toBe('FORBIDDEN');
  });
});
