// Random sequences of workflow actions by random people: whatever happens, only transitions of
// APPRAISAL_TRANSITIONS occur, only the people SPEC §6 names get anything done, a refused action
// changes nothing, every action leaves exactly one audit event, and a finalised appraisal never
// changes again.
import fc from 'fast-check';
import {
  APPRAISAL_TRANSITIONS, AppraisalStatus, BEHAVIOR_VALUES, nextStatus, RATINGS, type AppraisalAction,
} from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  addAccounts, ageRating, mutate, newCycle, ok, PEOPLE, sqlOf, standardLevels,
  type Op,
} from './appraisal.testing.js';

const ACTORS = ['admin', 'hr.kdi', 'leader.kdi', 'analyst.kdi', 'kadis.kdi', 'kabid.kdi', 'staff.kdi', 'peer.kdi', 'hr.pauh'] as const;
type Actor = (typeof ACTORS)[number];

type Kind = 'targetAdd' | 'targetRemove' | 'planSubmit' | 'planAgree' | 'planReturn' | 'planRevise' | 'selfAssess' | 'assess' | 'feedbackAdd' | 'objectionFile' | 'objectionDecide' | 'finalize';

/**
 * Who may do what to the KDI staff member's appraisal, written out independently of
 * appraisal.policy.ts (SPEC §6, PP 30/2019 art. 59).
 */
const MAY: Record<Kind, readonly Actor[]> = {
  targetAdd: ['staff.kdi'],
  targetRemove: ['staff.kdi'],
  planSubmit: ['staff.kdi'],
  planAgree: ['kabid.kdi'],
  planReturn: ['kabid.kdi'],
  planRevise: ['staff.kdi'],
  selfAssess: ['staff.kdi'],
  assess: ['kabid.kdi'],
  feedbackAdd: ['staff.kdi', 'kabid.kdi'],
  objectionFile: ['staff.kdi'],
  objectionDecide: ['kadis.kdi'],
  finalize: ['admin', 'hr.kdi', 'kabid.kdi'],
};

/** The workflow action behind each mutation that moves the status. */
const TRANSITION: Partial<Record<Kind, AppraisalAction>> = {
  planSubmit: 'SUBMIT_PLAN',
  planAgree: 'AGREE_PLAN',
  planReturn: 'RETURN_PLAN',
  planRevise: 'REVISE_PLAN',
  selfAssess: 'SELF_ASSESS',
  assess: 'ASSESS',
  objectionFile: 'OBJECT',
  objectionDecide: 'DECIDE_OBJECTION',
  finalize: 'FINALIZE',
};

interface Act { kind: Kind; actor: Actor; stale: boolean; rating: [number, number]; upheld: boolean }
/** `next`: whatever naturally comes next in the current state, by the person who does it. */
type Step = Act | { kind: 'timePasses' } | { kind: 'next'; stale: boolean; rating: [number, number]; upheld: boolean };

const LEGAL_MOVES = new Set(Object.values(APPRAISAL_TRANSITIONS).flatMap((t) => t.from.map((from) => `${from}->${t.to}`)));

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 12, arbitrary: fc.record({
    kind: fc.constantFrom<Kind>('targetAdd', 'targetRemove', 'planSubmit', 'planAgree', 'planReturn', 'planRevise', 'selfAssess', 'assess', 'feedbackAdd', 'objectionFile', 'objectionDecide', 'finalize'),
    // Mostly someone who may act, so that runs get deep into the workflow; sometimes anyone.
    actor: fc.option(fc.constantFrom(...ACTORS), { freq: 3, nil: undefined }),
    // Now and then a write carrying an old version, which must fail with CONFLICT and change nothing.
    stale: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    rating: fc.tuple(fc.nat({ max: 2 }), fc.nat({ max: 2 })),
    upheld: fc.boolean(),
  }).map((s) => ({ ...s, actor: s.actor ?? MAY[s.kind][0]! })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'timePasses' as const }) },
  // Random actions alone seldom get far; three steps in four push the workflow on.
  { weight: 36, arbitrary: fc.record({
    kind: fc.constant('next' as const),
    stale: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    rating: fc.tuple(fc.nat({ max: 2 }), fc.nat({ max: 2 })),
    upheld: fc.boolean(),
  }) },
);

describe('appraisal workflow under random actions', () => {
  let app: TestApp;
  let levels: { competencyCode: string; level: number }[];
  let runs = 0;

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await addAccounts(app);
    levels = await standardLevels(app, PEOPLE.kdi.staff, 3);
  });
  afterAll(async () => app?.close());

  interface State {
    status: AppraisalStatus;
    version: number;
    submitted: boolean;
    windowPassed: boolean;
    snapshot: string;
    targets: string[];
    /** Newest audit event id. */
    audited: number;
  }

  /** Everything a step needs to know and compare, in one round trip. */
  async function state(id: string): Promise<State> {
    const [row] = await sqlOf(app).query<Omit<State, 'snapshot' | 'audited'> & { snapshot: string; audited: string }>(
      `select a.status, a.version, a.plan_submitted_at is not null as submitted,
              coalesce(a.assessed_at < now() - interval '14 days', false) as "windowPassed",
              coalesce((select array_agg(t.id::text order by t.ordinal) from performance_target t where t.appraisal_id = a.id), '{}') as targets,
              concat_ws(' | ', a::text,
                (select string_agg(x::text, ',' order by x.id) from competency_assessment x where x.appraisal_id = a.id),
                (select string_agg(x::text, ',' order by x.id) from performance_target x where x.appraisal_id = a.id),
                (select string_agg(x::text, ',' order by x.id) from feedback x where x.appraisal_id = a.id),
                (select string_agg(x::text, ',' order by x.id) from objection x where x.appraisal_id = a.id),
                (select string_agg(x::text, ',' order by x.id) from appraisal_behavior x where x.appraisal_id = a.id),
                (select string_agg(x::text, ',' order by x.id) from plan_return x where x.appraisal_id = a.id)) as snapshot,
              (select max(id)::text from audit_event) as audited
       from appraisal a where a.id = $1`, [Number(id)]);
    return { ...row!, audited: Number(row!.audited) };
  }

  /** The step that naturally comes next in `st` (null: let time pass first). */
  function natural(s: Extract<Step, { kind: 'next' }>, st: State): Act | null {
    const act = (kind: Kind): Act => ({ ...s, kind, actor: MAY[kind][0]! === 'admin' ? 'hr.kdi' : MAY[kind][0]! });
    switch (st.status) {
      case 'DRAFT': return act(st.targets.length === 0 ? 'targetAdd' : 'planSubmit');
      // Now and then the plan goes back: returned by the supervisor, or reopened by the employee.
      case 'PLAN_SUBMITTED': return act(s.rating[0] === 2 && s.rating[1] === 2 ? 'planReturn' : 'planAgree');
      case 'PLAN_AGREED': return act(s.rating[0] === 2 && s.rating[1] === 2 ? 'planRevise' : 'selfAssess');
      case 'SELF_ASSESSED': return act('assess');
      case 'ASSESSED': return s.upheld ? act('objectionFile') : st.windowPassed ? act('finalize') : null;
      case 'OBJECTED': return act('objectionDecide');
      case 'FINALIZED': return act('feedbackAdd');
    }
  }

  function input(s: Act, targets: string[]): Record<string, unknown> {
    switch (s.kind) {
      case 'targetAdd': return { description: 'Target', indicator: 'Jumlah', aspect: 'QUANTITY', targetValue: 4, unit: 'laporan' };
      case 'targetRemove': return { targetId: targets.at(-1) ?? '0' };
      case 'planSubmit': return {};
      case 'planAgree': return { expectations: [{ value: 'AKUNTABEL', expectation: 'Laporan tepat waktu' }] };
      case 'planReturn': return { comment: 'Perbaiki indikator' };
      case 'planRevise': return {};
      case 'selfAssess': return { levels, realisations: targets.map((targetId) => ({ targetId, realisation: 3 })) };
      case 'assess': return {
        levels, workResultRating: RATINGS[s.rating[0]], behaviorRating: RATINGS[s.rating[1]],
        behaviors: BEHAVIOR_VALUES.map((value) => ({ value, rating: RATINGS[s.rating[1]] })),
      };
      case 'feedbackAdd': return { body: 'Catatan' };
      case 'objectionFile': return { reason: 'Keberatan' };
      case 'objectionDecide': return s.upheld
        ? { outcome: 'UPHELD', note: 'Dikabulkan', workResultRating: RATINGS[s.rating[0]], behaviorRating: RATINGS[s.rating[1]] }
        : { outcome: 'REJECTED', note: 'Ditolak' };
      case 'finalize': return {};
    }
  }

  it('only makes legal transitions, by the people allowed, and never changes a final appraisal', async () => {
    const reached = new Set<string>();
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 7, maxLength: 14 }), async (steps) => {
      // A fresh cycle per run: runs do not share appraisals, and finalised ones need no clean-up.
      const cycleId = await newCycle(app, `PBT-${(runs += 1)}`);
      const created = await ok(app, 'create', { cycleId }, 'staff.kdi', { light: true });
      const id = created.id;
      let finalSnapshot: string | null = null;
      let current = await state(id);

      for (const generated of steps) {
        const before = current;
        const s = generated.kind === 'next' ? natural(generated, before) ?? { kind: 'timePasses' as const } : generated;
        if (s.kind === 'timePasses') {
          // Only a pending rating has a window to let pass; the database refuses to touch a final one.
          if (before.status === 'ASSESSED' || before.status === 'OBJECTED') {
            await ageRating(app, id, 15);
            current = await state(id);
          }
          continue;
        }
        const version = s.stale ? before.version - 1 : before.version;
        const result = await mutate(app, s.kind as Op, { appraisalId: id, version, ...input(s, before.targets) }, s.actor, { light: true });
        const after = await state(id);
        current = after;
        const label = `${s.kind} by ${s.actor}${s.stale ? ' (stale)' : ''} in ${before.status}`;

        expect(after.audited - before.audited, `${label}: audit events`).toBe(1);
        if (result.userErrors.length > 0) {
          expect(after.snapshot, label).toBe(before.snapshot);
          expect(result.appraisal, label).toBeNull();
        } else {
          expect(MAY[s.kind], label).toContain(s.actor);
          expect(before.status, label).not.toBe('FINALIZED');
          // Comments are a thread of their own: no version check, no version bump (SPEC §4).
          if (s.kind === 'feedbackAdd') {
            expect(after.version, label).toBe(before.version);
          } else {
            expect(s.stale, label).toBe(false);
            expect(after.version, label).toBe(before.version + 1);
          }
          const action = TRANSITION[s.kind];
          if (action) expect(after.status, label).toBe(nextStatus(before.status, action));
          else expect(after.status, label).toBe(before.status);
        }
        if (after.status !== before.status) expect(LEGAL_MOVES.has(`${before.status}->${after.status}`), label).toBe(true);
        if (finalSnapshot != null) expect(after.snapshot, `${label}: changed a final appraisal`).toBe(finalSnapshot);
        if (after.status === 'FINALIZED') finalSnapshot = after.snapshot;
        if (result.userErrors.length === 0) reached.add(`${s.kind}:${after.status}`);
      }
    }), { numRuns: 25 });
    // The property is only as good as the states it visited: both ways to a final appraisal.
    expect([...reached]).toEqual(expect.arrayContaining(['planAgree:PLAN_AGREED', 'finalize:FINALIZED', 'objectionFile:OBJECTED', 'objectionDecide:FINALIZED']));
  }, 600_000); // 25 runs of up to 14 GraphQL writes each, on a machine shared with other test runs
});
