// Every appraisal query and mutation as every role, against data of two agencies (SPEC §6): who may
// see which appraisal (by id, in lists, through nested fields), who may do what, and that an
// appraisal of another agency looks exactly like one that does not exist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  addAccounts, ageRating, allBehaviors, drive, employeeIdOf, LIGHT_OPS, mutate, newCycle, PEOPLE, snapshot, standardLevels,
  type AppraisalView, type Op, type Stage,
} from './appraisal.testing.js';

/** One account per role (two for the employee-scoped roles), all in KDI, plus the PAUH HR admin. */
const ACCOUNTS = {
  admin: 'ADMIN',
  'hr.kdi': 'HR_ADMIN',
  'leader.kdi': 'LEADER',
  'planner.kdi': 'TRAINING_PLANNER',
  'analyst.kdi': 'ANALYST',
  'kadis.kdi': 'SUPERVISOR', // the staff member's indirect supervisor
  'kabid.kdi': 'SUPERVISOR', // the staff member's direct supervisor
  'staff.kdi': 'EMPLOYEE', // the appraised employee
  'peer.kdi': 'EMPLOYEE', // a colleague
  'hr.pauh': 'HR_ADMIN', // another pemda
} as const;
type Account = keyof typeof ACCOUNTS;
const ALL = Object.keys(ACCOUNTS) as Account[];

/** Who sees the KDI staff member's appraisal (SPEC §6); everyone else gets "not found". */
const SEES_KDI_STAFF: Account[] = ['admin', 'hr.kdi', 'leader.kdi', 'planner.kdi', 'kadis.kdi', 'kabid.kdi', 'staff.kdi'];
/** Of the accounts above, who sees the PAUH teacher's appraisal. */
const SEES_PAUH_GURU: Account[] = ['admin', 'hr.pauh'];

interface WriteCase {
  op: Op;
  /** How far the appraisal must be for the write to make sense. */
  stage: Stage;
  /** Who may do it to the KDI staff member's appraisal; every other account that can see it gets FORBIDDEN. */
  allowed: Account[];
  input: (a: AppraisalView, app: TestApp) => Promise<Record<string, unknown>>;
  /** Prepare the appraisal further before the attempt (e.g. let the objection window pass). */
  after?: (a: AppraisalView, app: TestApp) => Promise<void>;
}

const target = { description: 'Target baru', indicator: 'Jumlah', aspect: 'QUANTITY', targetValue: 3, unit: 'laporan' };

const WRITES: WriteCase[] = [
  { op: 'targetAdd', stage: 'DRAFT', allowed: ['staff.kdi'], input: async () => target },
  { op: 'targetUpdate', stage: 'TARGETED', allowed: ['staff.kdi'], input: async (a) => ({ targetId: a.targets[0]!.id, targetValue: 5 }) },
  { op: 'targetRemove', stage: 'TARGETED', allowed: ['staff.kdi'], input: async (a) => ({ targetId: a.targets[0]!.id }) },
  { op: 'planSubmit', stage: 'TARGETED', allowed: ['staff.kdi'], input: async () => ({}) },
  // Only the direct supervisor agrees or returns the plan; the employee reopens it.
  { op: 'planAgree', stage: 'SUBMITTED', allowed: ['kabid.kdi'], input: async () => ({ expectations: [{ value: 'LOYAL', expectation: 'Hadir tepat waktu' }] }) },
  { op: 'planReturn', stage: 'SUBMITTED', allowed: ['kabid.kdi'], input: async () => ({ comment: 'Perbaiki indikator' }) },
  { op: 'planRevise', stage: 'PLANNED', allowed: ['staff.kdi'], input: async () => ({}) },
  {
    op: 'selfAssess', stage: 'PLANNED', allowed: ['staff.kdi'],
    input: async (a, app) => ({ levels: await standardLevels(app, PEOPLE.kdi.staff, 3), realisations: a.targets.map((t) => ({ targetId: t.id, realisation: 1 })) }),
  },
  // Only the direct supervisor rates: not the indirect one, not an administrator (PP 30/2019).
  {
    op: 'assess', stage: 'SELF_ASSESSED', allowed: ['kabid.kdi'],
    input: async (_a, app) => ({ levels: await standardLevels(app, PEOPLE.kdi.staff, 3), workResultRating: 'MEETS', behaviorRating: 'ABOVE', behaviors: allBehaviors('ABOVE') }),
  },
  { op: 'feedbackAdd', stage: 'SELF_ASSESSED', allowed: ['staff.kdi', 'kabid.kdi'], input: async () => ({ body: 'Catatan' }) },
  { op: 'objectionFile', stage: 'ASSESSED', allowed: ['staff.kdi'], input: async () => ({ reason: 'Tidak setuju' }) },
  // The rater's own supervisor decides (PP 30/2019 art. 59).
  { op: 'objectionDecide', stage: 'OBJECTED', allowed: ['kadis.kdi'], input: async () => ({ outcome: 'REJECTED', note: 'Tetap' }) },
  {
    op: 'finalize', stage: 'ASSESSED', allowed: ['admin', 'hr.kdi', 'kabid.kdi'], input: async () => ({}),
    after: async (a, app) => ageRating(app, a.id, 15),
  },
];

describe('appraisal access by role (KDI and PAUH)', () => {
  let app: TestApp;
  let kdi: AppraisalView;
  let pauh: AppraisalView;
  let cycles = 0;
  /** The cycle of the two seeded appraisals. */
  let seededCycleId = '';
  const kdiCycle = () => seededCycleId;
  const freshCycle = () => newCycle(app, `ACCESS-${(cycles += 1)}`);

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await addAccounts(app);
    const cycleId = await freshCycle();
    seededCycleId = cycleId;
    kdi = await drive(app, 'kdi', cycleId, 'ASSESSED', { light: true });
    pauh = await drive(app, 'pauh', cycleId, 'ASSESSED', { light: true });
  });
  afterAll(async () => app?.close());

  describe('appraisal(id)', () => {
    const query = `query($id: ID!) { appraisal(id: $id) { id employee { nip supervisor { nip } } cycle { code } targets { id } competencies { requiredLevel } } }`;
    it.each(ALL)('as %s', async (as) => {
      for (const [appraisal, seers] of [[kdi, SEES_KDI_STAFF], [pauh, SEES_PAUH_GURU]] as const) {
        const result = await app.run(query, { id: appraisal.id }, { as });
        expect(result.errors).toBeUndefined();
        const data = result.data as { appraisal: { id: string; employee: { nip: string } } | null };
        if (seers.includes(as)) expect(data.appraisal?.id).toBe(appraisal.id);
        // Out of scope is indistinguishable from absent: same null, same (absent) error.
        else expect(data).toEqual((await app.run(query, { id: '987654321' }, { as })).data);
      }
    });
  });

  describe('appraisals connection', () => {
    const query = `query($filter: AppraisalFilter) { appraisals(first: 100, filter: $filter) { totalCount nodes { employee { nip agency { code } } } } }`;
    it.each(ALL)('as %s', async (as) => {
      const result = await app.run(query, { filter: { cycleId: kdiCycle() } }, { as });
      if (ACCOUNTS[as] === 'ANALYST') {
        // Aggregates only for analysts: the list itself is refused.
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        return;
      }
      expect(result.errors).toBeUndefined();
      const nips = (result.data as { appraisals: { nodes: { employee: { nip: string } }[] } }).appraisals.nodes.map((n) => n.employee.nip).sort();
      const expected = [
        ...(SEES_KDI_STAFF.includes(as) ? [PEOPLE.kdi.staff] : []),
        ...(SEES_PAUH_GURU.includes(as) ? [PEOPLE.pauh.guru] : []),
      ].sort();
      expect(nips).toEqual(expected);
      // Asking for the other pemda's subtree by code gives nothing rather than an error.
      const other = await app.run(query, { filter: { cycleId: kdiCycle(), agencyCode: 'PAUH' } }, { as });
      const otherNips = (other.data as { appraisals: { nodes: { employee: { nip: string } }[] } }).appraisals.nodes.map((n) => n.employee.nip);
      expect(otherNips).toEqual(SEES_PAUH_GURU.includes(as) ? [PEOPLE.pauh.guru] : []);
    });

    it('shows a supervisor the direct and indirect subordinates, and an employee only themself (all cycles)', async () => {
      const nipsFor = async (as: string, agencyCode: string) => {
        const data = await app.execute<{ appraisals: { nodes: { employee: { nip: string } }[] } }>(query, { filter: { agencyCode } }, { as });
        return new Set(data.appraisals.nodes.map((n) => n.employee.nip));
      };
      const kadis = await nipsFor('kadis.kdi', 'KDI');
      expect([...kadis]).toEqual(expect.arrayContaining([PEOPLE.kdi.kabid, PEOPLE.kdi.staff, PEOPLE.kdi.peer, PEOPLE.kdi.kadis]));
      const kabid = await nipsFor('kabid.kdi', 'KDI');
      expect(kabid.has(PEOPLE.kdi.kadis)).toBe(false);
      expect(kabid.has(PEOPLE.kdi.staff)).toBe(true);
      expect([...(await nipsFor('staff.kdi', 'KDI'))]).toEqual([PEOPLE.kdi.staff]);
    });

    it('hides people outside the reader’s scope inside a visible appraisal', async () => {
      const data = await app.execute<{ appraisal: { employee: { nip: string; supervisor: { nip: string } | null }; assessedBy: { nip: string } | null } }>(
        `query($id: ID!) { appraisal(id: $id) { employee { nip supervisor { nip } } assessedBy { nip } } }`, { id: kdi.id }, { as: 'staff.kdi' });
      // An employee sees their own record only: the supervisor is outside that scope.
      expect(data.appraisal).toEqual({ employee: { nip: PEOPLE.kdi.staff, supervisor: null }, assessedBy: null });
    });
  });

  describe('auditTrail', () => {
    const query = `query($nip: String) { auditTrail(first: 100, subjectNip: $nip) { totalCount nodes { action outcome subjectNip actorUsername } } }`;
    it.each(ALL)('as %s', async (as) => {
      // Make sure both appraised employees have read events in the trail.
      await app.execute(LIGHT_OPS.read, { id: kdi.id }, { as: 'hr.kdi' });
      await app.execute(LIGHT_OPS.read, { id: pauh.id }, { as: 'hr.pauh' });
      const result = await app.run(query, {}, { as });
      if (['LEADER', 'TRAINING_PLANNER', 'ANALYST'].includes(ACCOUNTS[as])) {
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        return;
      }
      expect(result.errors).toBeUndefined();
      const nodes = (result.data as { auditTrail: { nodes: { action: string; subjectNip: string | null; actorUsername: string | null }[] } }).auditTrail.nodes;
      const subjects = new Set(nodes.map((n) => n.subjectNip));
      const own = { 'staff.kdi': PEOPLE.kdi.staff, 'peer.kdi': PEOPLE.kdi.peer, 'kabid.kdi': PEOPLE.kdi.kabid, 'kadis.kdi': PEOPLE.kdi.kadis } as Partial<Record<Account, string>>;
      switch (as) {
        case 'admin':
          expect(subjects.has(PEOPLE.kdi.staff) && subjects.has(PEOPLE.pauh.guru)).toBe(true);
          break;
        case 'hr.kdi':
          expect(subjects.has(PEOPLE.kdi.staff)).toBe(true);
          expect(subjects.has(PEOPLE.pauh.guru)).toBe(false);
          break;
        case 'hr.pauh':
          expect(subjects.has(PEOPLE.pauh.guru)).toBe(true);
          expect(subjects.has(PEOPLE.kdi.staff)).toBe(false);
          break;
        default:
          // Employees and supervisors: the events about their own data only.
          expect([...subjects].every((nip) => nip === own[as])).toBe(true);
      }
      if (as === 'staff.kdi') {
        // …including who read their appraisal.
        expect(nodes.some((n) => n.action === 'APPRAISAL_READ' && n.actorUsername === 'hr.kdi')).toBe(true);
      }
      // Filtering by another pemda's NIP gives nothing outside the scope.
      const filtered = await app.execute<{ auditTrail: { totalCount: number } }>(query, { nip: PEOPLE.pauh.guru }, { as });
      expect(filtered.auditTrail.totalCount > 0).toBe(['admin', 'hr.pauh'].includes(as));
    });
  });

  describe('appraisalCreate', () => {
    // For the KDI staff member: HR admin of the subtree, ADMIN, or the employee.
    const allowed: Account[] = ['admin', 'hr.kdi', 'staff.kdi'];
    it.each(ALL)('as %s', async (as) => {
      const cycleId = await freshCycle();
      const result = await mutate(app, 'create', { cycleId, employeeId: await employeeIdOf(app, PEOPLE.kdi.staff) }, as, { light: true });
      expect(result.userErrors.map((e) => e.code)).toEqual(
        allowed.includes(as) ? [] : SEES_KDI_STAFF.includes(as) ? ['FORBIDDEN'] : ['NOT_FOUND']);
      const other = await mutate(app, 'create', { cycleId, employeeId: await employeeIdOf(app, PEOPLE.pauh.guru) }, as, { light: true });
      expect(other.userErrors.map((e) => e.code)).toEqual(['admin', 'hr.pauh'].includes(as) ? [] : ['NOT_FOUND']);
    });
  });

  describe.each(WRITES)('$op', ({ op, stage, allowed, input, after }) => {
    const prepared = async (chain: 'kdi' | 'pauh') => {
      const a = await drive(app, chain, await freshCycle(), stage, { light: true });
      await after?.(a, app);
      return a;
    };

    it('refuses everyone else on the KDI appraisal and changes nothing', async () => {
      const a = await prepared('kdi');
      const before = await snapshot(app, a.id);
      for (const as of ALL.filter((x) => !allowed.includes(x))) {
        const result = await mutate(app, op, { appraisalId: a.id, version: a.version, ...(await input(a, app)) }, as, { light: true });
        expect(result.userErrors.map((e) => e.code), as).toEqual([SEES_KDI_STAFF.includes(as) ? 'FORBIDDEN' : 'NOT_FOUND']);
      }
      expect(await snapshot(app, a.id)).toBe(before);
    });

    it.each(allowed)('lets %s do it', async (as) => {
      const a = await prepared('kdi');
      const result = await mutate(app, op, { appraisalId: a.id, version: a.version, ...(await input(a, app)) }, as, { light: true });
      expect(result.userErrors).toEqual([]);
      // A comment is a thread of its own and leaves the version alone (SPEC §4).
      expect(result.appraisal?.version).toBe(op === 'feedbackAdd' ? a.version : a.version + 1);
    });

    it('treats the PAUH appraisal as absent for every KDI account', async () => {
      const a = await prepared('pauh');
      const before = await snapshot(app, a.id);
      for (const as of ALL.filter((x) => x !== 'admin' && x !== 'hr.pauh')) {
        const result = await mutate(app, op, { appraisalId: a.id, version: a.version, ...(await input(a, app)) }, as, { light: true });
        expect(result.userErrors.map((e) => e.code), as).toEqual(['NOT_FOUND']);
      }
      expect(await snapshot(app, a.id)).toBe(before);
    });
  });

  describe('cycle mutations', () => {
    it.each(ALL)('as %s', async (as) => {
      const may = ['ADMIN', 'HR_ADMIN'].includes(ACCOUNTS[as]);
      const cycleId = await newCycle(app, `C-${as}`, 'PLANNING');
      const opened = await mutate(app, 'cycleOpen', { cycleId }, as);
      expect(opened.userErrors.map((e) => e.code)).toEqual(may ? [] : ['FORBIDDEN']);
      if (may) {
        expect(opened.cycle).toMatchObject({ status: 'OPEN' });
        expect((await mutate(app, 'cycleOpen', { cycleId }, as)).userErrors.map((e) => e.code)).toEqual(['INVALID_STATE']);
      }
      const closed = await mutate(app, 'cycleClose', { cycleId }, as);
      expect(closed.userErrors.map((e) => e.code)).toEqual(may ? [] : ['FORBIDDEN']);
      const created = await mutate(app, 'cycleCreate', { code: `NEW-${as}`, name: 'Baru', kind: 'SEMESTER', startMonth: '2027-01', endMonth: '2027-06' }, as);
      expect(created.userErrors.map((e) => e.code)).toEqual(may ? [] : ['FORBIDDEN']);
    });
  });

  it('needs a signed-in user for every operation', async () => {
    const ref = { appraisalId: kdi.id, version: kdi.version };
    const inputs: Record<Op, Record<string, unknown>> = {
      create: { input: { cycleId: seededCycleId } },
      targetAdd: { input: { ...ref, ...target } },
      targetUpdate: { input: { ...ref, targetId: '1' } },
      targetRemove: { input: { ...ref, targetId: '1' } },
      planSubmit: { input: ref },
      planAgree: { input: ref },
      planReturn: { input: { ...ref, comment: 'x' } },
      planRevise: { input: ref },
      checkInSubmit: { input: { appraisalId: kdi.id, period: '2026-Q1', entries: [] } },
      checkInAnswer: { input: { checkInId: '1', answer: 'x' } },
      selfAssess: { input: { ...ref, levels: [], realisations: [] } },
      assess: { input: { ...ref, levels: [], workResultRating: 'MEETS', behaviorRating: 'MEETS', behaviors: [] } },
      feedbackAdd: { input: { ...ref, body: 'x' } },
      objectionFile: { input: { ...ref, reason: 'x' } },
      objectionDecide: { input: { ...ref, outcome: 'REJECTED', note: 'x' } },
      finalize: { input: ref },
      cycleCreate: { input: { code: 'X', name: 'X', kind: 'ANNUAL', startMonth: '2030-01', endMonth: '2030-12' } },
      cycleOpen: { input: { cycleId: seededCycleId } },
      cycleClose: { input: { cycleId: seededCycleId } },
      read: { id: kdi.id },
    };
    const before = await snapshot(app, kdi.id);
    for (const [name, query] of Object.entries(LIGHT_OPS) as [Op, string][]) {
      const result = await app.run(query, inputs[name], { as: null });
      expect(result.errors?.map((e) => e.extensions?.code), name).toEqual(['UNAUTHENTICATED']);
    }
    for (const query of ['{ appraisals { totalCount } }', '{ auditTrail { totalCount } }']) {
      expect((await app.run(query, {}, { as: null })).errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
    expect(await snapshot(app, kdi.id)).toBe(before);
  });
});
