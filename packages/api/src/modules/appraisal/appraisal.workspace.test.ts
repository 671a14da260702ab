// The appraisal workspace (SPEC §2, §4): plan agreement and return, cascading targets, check-ins,
// BerAKHLAK ratings, the people the employee sees, and the team and objection views — over GraphQL,
// as the people who do each step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import {
  addAccounts, allBehaviors, APPRAISAL_FIELDS, auditSince, drive, employeeIdOf, lastAuditId, mutate, newCycle, ok, OPS, PEOPLE, snapshot, sqlOf, standardLevels,
  type AppraisalView,
} from './appraisal.testing.js';

const target = (extra: Record<string, unknown> = {}) => ({ description: 'Menyusun analisis jabatan', indicator: 'Dokumen selesai', aspect: 'QUANTITY', targetValue: 12, unit: 'dokumen', ...extra });
const codes = (r: { userErrors: { code: string; field: string[] | null }[] }) => r.userErrors.map((e) => [e.code, e.field?.join('.') ?? null]);

describe('appraisal workspace', () => {
  let app: TestApp;
  let person: Record<'kabid' | 'kadis', { name: string; positionTitle: string }>;

  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await addAccounts(app);
    const rows = await sqlOf(app).query<{ nip: string; name: string; title: string }>(
      'select e.nip, e.name, p.title from employee e join position p on p.id = e.position_id where e.nip = any($1)', [[PEOPLE.kdi.kabid, PEOPLE.kdi.kadis]]);
    const of = (nip: string) => { const r = rows.find((x) => x.nip === nip)!; return { name: r.name, positionTitle: r.title }; };
    person = { kabid: of(PEOPLE.kdi.kabid), kadis: of(PEOPLE.kdi.kadis) };
  });
  afterAll(async () => app?.close());

  async function supervisorPlan(cycleId: string): Promise<AppraisalView> {
    let own = await ok(app, 'create', { cycleId }, 'kabid.kdi');
    own = await ok(app, 'targetAdd', { appraisalId: own.id, version: own.version, ...target({ description: 'Layanan mutasi tepat waktu', indicator: 'SK mutasi terbit ≤ 5 hari' }) }, 'kabid.kdi');
    return own;
  }

  it('walks the whole year: plan → return → resubmit → agree → check-in → self-assess → rate → object → decide, comments between', async () => {
    const cycleId = await newCycle(app, 'YEAR');
    const own = await supervisorPlan(cycleId);
    const mark = await lastAuditId(app);

    // The employee plans, cascading from the supervisor's target.
    let a = await ok(app, 'create', { cycleId }, 'staff.kdi');
    expect(a).toMatchObject({ status: 'DRAFT', awaitingParty: 'EMPLOYEE', nextStep: 'WRITE_PLAN' });
    const picker = await app.execute<{ supervisorTargets: { id: string; ordinal: number; kind: string; description: string; employee: { name: string; positionTitle: string } }[] }>(
      'query($id: ID!) { supervisorTargets(appraisalId: $id) { id ordinal kind description employee { name positionTitle } } }', { id: a.id }, { as: 'staff.kdi' });
    expect(picker.supervisorTargets).toEqual([{ id: own.targets[0]!.id, ordinal: 1, kind: 'UTAMA', description: 'Layanan mutasi tepat waktu', employee: person.kabid }]);
    a = await ok(app, 'targetAdd', { appraisalId: a.id, version: a.version, ...target({ supportsTargetId: own.targets[0]!.id }) }, 'staff.kdi');
    a = await ok(app, 'targetAdd', { appraisalId: a.id, version: a.version, ...target({ description: 'Sosialisasi', kind: 'TAMBAHAN' }) }, 'staff.kdi');
    expect(a.targets.map((t) => [t.kind, t.supports?.description ?? null, t.supports?.employee.name ?? null])).toEqual([
      ['UTAMA', 'Layanan mutasi tepat waktu', person.kabid.name], ['TAMBAHAN', null, null],
    ]);
    a = await ok(app, 'planSubmit', { appraisalId: a.id, version: a.version }, 'staff.kdi');
    expect(a).toMatchObject({ status: 'PLAN_SUBMITTED', awaitingParty: 'SUPERVISOR', nextStep: 'AGREE_PLAN' });
    // Before any rating the employee already sees who will rate them and who would decide an objection.
    expect(a).toMatchObject({ rater: null, ratingOfficial: person.kabid, objectionDecider: person.kadis });

    // The supervisor sees it waiting, and returns it: the comment is required and kept.
    const team = async () => (await app.execute<{ teamMembers: { employee: { nip: string }; appraisal: { id: string; status: string } | null; yourTask: string | null; waitingOnYou: boolean; unansweredCheckIns: number; awaitingParty: string | null }[] }>(
      'query($c: ID) { teamMembers(cycleId: $c) { employee { nip } appraisal { id status } awaitingParty yourTask waitingOnYou unansweredCheckIns } }', { c: cycleId }, { as: 'kabid.kdi' }))
      .teamMembers.find((m) => m.employee.nip === PEOPLE.kdi.staff)!;
    expect(await team()).toMatchObject({ appraisal: { id: a.id, status: 'PLAN_SUBMITTED' }, awaitingParty: 'SUPERVISOR', yourTask: 'AGREE_PLAN', waitingOnYou: true });
    expect(codes(await mutate(app, 'planReturn', { appraisalId: a.id, version: a.version, comment: '  ' }, 'kabid.kdi'))).toEqual([['VALIDATION', 'input.comment']]);
    a = await ok(app, 'planReturn', { appraisalId: a.id, version: a.version, comment: 'Indikator target kedua belum terukur.' }, 'kabid.kdi');
    expect(a.status).toBe('DRAFT');
    expect(a.planReturns).toEqual([{ comment: 'Indikator target kedua belum terukur.', createdAt: expect.any(String), returnedBy: person.kabid }]);

    // A comment from the employee never makes the supervisor's version stale.
    const seenBySupervisor = a.version;
    const commented = await ok(app, 'feedbackAdd', { appraisalId: a.id, body: 'Baik, saya perbaiki.' }, 'staff.kdi');
    expect(commented.version).toBe(seenBySupervisor);
    a = await ok(app, 'targetUpdate', { appraisalId: a.id, version: a.version, targetId: a.targets[1]!.id, indicator: 'Jumlah peserta', targetValue: 100, unit: 'orang' }, 'staff.kdi');
    a = await ok(app, 'planSubmit', { appraisalId: a.id, version: a.version }, 'staff.kdi');
    a = await ok(app, 'planAgree', {
      appraisalId: a.id, version: a.version, comment: 'Rencana disetujui.',
      expectations: [{ value: 'AKUNTABEL', expectation: 'Laporan bulanan tepat waktu' }, { value: 'KOLABORATIF', expectation: 'Aktif dalam tim mutasi' }],
    }, 'kabid.kdi');
    expect(a).toMatchObject({ status: 'PLAN_AGREED', awaitingParty: 'EMPLOYEE', nextStep: 'CHECK_IN', planAgreedBy: { name: person.kabid.name } });
    expect(a.behaviors.map((b) => [b.value, b.expectation])).toEqual([
      ['BERORIENTASI_PELAYANAN', null], ['AKUNTABEL', 'Laporan bulanan tepat waktu'], ['KOMPETEN', null], ['HARMONIS', null],
      ['LOYAL', null], ['ADAPTIF', null], ['KOLABORATIF', 'Aktif dalam tim mutasi'],
    ]);
    expect(a.behaviors[0]!.label).toBe('Berorientasi Pelayanan');

    // A check-in with evidence, answered by the supervisor; checks name the field.
    const bad = await mutate(app, 'checkInSubmit', {
      appraisalId: a.id, period: '2026-Q1', entries: [{ targetId: a.targets[0]!.id, realisation: 3, evidenceUrl: 'ftp://files.example.id/sk.pdf' }, { targetId: a.targets[1]!.id, realisation: 2, evidenceUrl: 'javascript:alert(1)' }],
    }, 'staff.kdi');
    expect(codes(bad)).toEqual([['VALIDATION', 'input.entries.0.evidenceUrl'], ['VALIDATION', 'input.entries.1.evidenceUrl']]);
    expect(bad.userErrors[0]!.message).toMatch(/http\(s\)/);
    const checkedIn = await mutate(app, 'checkInSubmit', {
      appraisalId: a.id, period: '2026-Q1', note: 'Triwulan pertama', entries: [{ targetId: a.targets[0]!.id, realisation: 3, evidenceUrl: 'https://drive.example.id/sk-q1.pdf' }],
    }, 'staff.kdi');
    expect(checkedIn.userErrors).toEqual([]);
    a = checkedIn.appraisal!;
    // Comments and check-ins left the version alone: only the edit, the submission and the agreement count.
    expect(a.version).toBe(seenBySupervisor + 3);
    expect(codes(await mutate(app, 'checkInSubmit', { appraisalId: a.id, period: '2026-Q1', entries: [{ targetId: a.targets[0]!.id, realisation: 4 }] }, 'staff.kdi')))
      .toEqual([['VALIDATION', 'input.period']]);
    expect(await team()).toMatchObject({ yourTask: 'ANSWER_CHECK_IN', unansweredCheckIns: 1 });
    const checkInId = (checkedIn.checkIn as { id: string }).id;
    expect(codes(await mutate(app, 'checkInAnswer', { checkInId, answer: 'x' }, 'staff.kdi'))).toEqual([['FORBIDDEN', null]]);
    expect(codes(await mutate(app, 'checkInAnswer', { checkInId, answer: 'x' }, 'kadis.kdi'))).toEqual([['FORBIDDEN', null]]);
    expect(codes(await mutate(app, 'checkInAnswer', { checkInId, answer: 'x' }, 'guru.pauh'))).toEqual([['NOT_FOUND', 'input.checkInId']]);
    a = await ok(app, 'checkInAnswer', { checkInId, answer: 'Bagus, pertahankan.' }, 'kabid.kdi');
    expect(a.checkIns).toEqual([{
      id: checkInId, period: '2026-Q1', note: 'Triwulan pertama', answer: 'Bagus, pertahankan.', answeredAt: expect.any(String),
      answeredBy: { name: person.kabid.name }, entries: [{ targetId: a.targets[0]!.id, realisation: 3, evidenceUrl: 'https://drive.example.id/sk-q1.pdf' }],
    }]);
    expect(codes(await mutate(app, 'checkInAnswer', { checkInId, answer: 'lagi' }, 'kabid.kdi'))).toEqual([['INVALID_STATE', 'input.checkInId']]);
    expect(await team()).toMatchObject({ yourTask: null, waitingOnYou: false, unansweredCheckIns: 0 });

    // The supervisor comments; the employee's self-assessment read before it still goes through.
    const seenByEmployee = a.version;
    await ok(app, 'feedbackAdd', { appraisalId: a.id, version: seenByEmployee, body: 'Jangan lupa bukti triwulan II.' }, 'kabid.kdi');
    a = await ok(app, 'selfAssess', {
      appraisalId: a.id, version: seenByEmployee, levels: await standardLevels(app, PEOPLE.kdi.staff, 4),
      realisations: a.targets.map((t) => ({ targetId: t.id, realisation: 10, evidenceUrl: 'https://drive.example.id/bukti.pdf' })),
    }, 'staff.kdi');
    expect(a).toMatchObject({ status: 'SELF_ASSESSED', awaitingParty: 'SUPERVISOR', nextStep: 'ASSESS' });

    // …and vice versa: the employee comments, the supervisor's rating read before it goes through.
    const ratingVersion = a.version;
    await ok(app, 'feedbackAdd', { appraisalId: a.id, version: ratingVersion, body: 'Terima kasih atas bimbingannya.' }, 'staff.kdi');
    const levels = await standardLevels(app, PEOPLE.kdi.staff, 3);
    const missing = await mutate(app, 'assess', {
      appraisalId: a.id, version: ratingVersion, levels: [{ ...levels[0]!, level: 6 }, ...levels.slice(1)], workResultRating: 'ABOVE', behaviorRating: 'MEETS',
      behaviors: allBehaviors('MEETS').slice(1), targetFeedback: [{ targetId: '999999', feedback: 'x' }],
    }, 'kabid.kdi');
    expect(codes(missing)).toEqual([['LEVEL_OUT_OF_RANGE', 'input.levels.0.level'], ['VALIDATION', 'input.behaviors'], ['NOT_FOUND', 'input.targetFeedback.0.targetId']]);
    expect(missing.userErrors[1]!.message).toContain('BERORIENTASI_PELAYANAN');
    a = await ok(app, 'assess', {
      appraisalId: a.id, version: ratingVersion, levels, workResultRating: 'ABOVE', behaviorRating: 'MEETS',
      behaviors: allBehaviors('MEETS').map((b) => (b.value === 'KOLABORATIF' ? { ...b, rating: 'ABOVE' as const } : b)),
      targetFeedback: [{ targetId: a.targets[0]!.id, feedback: 'Layanan mutasi makin cepat.' }],
    }, 'kabid.kdi');
    expect(a).toMatchObject({ status: 'ASSESSED', predicate: 'BAIK', awaitingParty: 'EMPLOYEE', nextStep: 'OBJECT_OR_WAIT', objectionDaysLeft: 14 });
    expect(a.behaviors.map((b) => b.rating)).toEqual(['MEETS', 'MEETS', 'MEETS', 'MEETS', 'MEETS', 'MEETS', 'ABOVE']);
    expect(a.targets.map((t) => t.supervisorFeedback)).toEqual(['Layanan mutasi makin cepat.', null]);

    // The employee sees who rated them and who wrote each comment, though both are outside their scope.
    const mine = await app.execute<{ myAppraisals: AppraisalView[] }>(`{ myAppraisals { ${APPRAISAL_FIELDS} } }`, {}, { as: 'staff.kdi' });
    const seen = mine.myAppraisals.find((x) => x.id === a.id)!;
    expect(seen).toMatchObject({ assessedBy: null, rater: person.kabid });
    expect(seen.feedback.map((f) => [f.author?.nip ?? null, f.writer?.name])).toEqual([
      [PEOPLE.kdi.staff, expect.any(String)], [null, person.kabid.name], [null, person.kabid.name], [PEOPLE.kdi.staff, expect.any(String)],
    ]);
    expect(seen.feedback.map((f) => f.writer?.positionTitle)).toContain(person.kabid.positionTitle);

    // The objection goes to the rater's own supervisor, whose inbox shows it; the decision names the decider.
    a = await ok(app, 'objectionFile', { appraisalId: a.id, version: a.version, reason: 'Perilaku kerja di atas ekspektasi.' }, 'staff.kdi');
    expect(a).toMatchObject({ status: 'OBJECTED', awaitingParty: 'DECIDER', nextStep: 'DECIDE_OBJECTION', objectionDaysLeft: null });
    const inbox = async (as: string) => (await app.execute<{ objectionInbox: { id: string; objection: { reason: string }; behaviorRating: string; selfComment: string | null }[] }>(
      '{ objectionInbox { id objection { reason } behaviorRating selfComment } }', {}, { as })).objectionInbox.map((x) => x.id);
    expect(await inbox('kadis.kdi')).toContain(a.id);
    expect(await inbox('kabid.kdi')).not.toContain(a.id);
    expect(await inbox('staff.kdi')).toEqual([]);
    await ok(app, 'objectionDecide', { appraisalId: a.id, version: a.version, outcome: 'REJECTED', note: 'Penilaian sesuai bukti.' }, 'kadis.kdi');
    const decided = await app.execute<{ appraisal: AppraisalView }>(OPS.read, { id: a.id }, { as: 'staff.kdi' });
    expect(decided.appraisal).toMatchObject({ status: 'FINALIZED', awaitingParty: null, nextStep: 'DONE', objection: { outcome: 'REJECTED', decidedBy: null, decider: person.kadis } });
    expect(await inbox('kadis.kdi')).not.toContain(a.id);

    // One audit event per write, refusals included.
    const events = (await auditSince(app, mark)).filter((e) => e.subject_type === 'appraisal' && e.action !== 'APPRAISAL_READ');
    expect(events.filter((e) => e.outcome === 'SUCCESS').map((e) => e.action)).toEqual([
      'APPRAISAL_CREATE', 'APPRAISAL_TARGET_ADD', 'APPRAISAL_TARGET_ADD', 'APPRAISAL_PLAN_SUBMIT', 'APPRAISAL_PLAN_RETURN', 'APPRAISAL_FEEDBACK_ADD',
      'APPRAISAL_TARGET_UPDATE', 'APPRAISAL_PLAN_SUBMIT', 'APPRAISAL_PLAN_AGREE', 'CHECK_IN_SUBMIT', 'CHECK_IN_ANSWER', 'APPRAISAL_FEEDBACK_ADD',
      'APPRAISAL_SELF_ASSESS', 'APPRAISAL_FEEDBACK_ADD', 'APPRAISAL_ASSESS', 'OBJECTION_FILE', 'OBJECTION_DECIDE',
    ]);
    expect(events.filter((e) => e.outcome !== 'SUCCESS').map((e) => e.action)).toEqual([
      'APPRAISAL_PLAN_RETURN', 'CHECK_IN_SUBMIT', 'CHECK_IN_SUBMIT', 'CHECK_IN_ANSWER', 'CHECK_IN_ANSWER', 'CHECK_IN_ANSWER', 'CHECK_IN_ANSWER', 'APPRAISAL_ASSESS',
    ]);
  });

  describe('each new transition: refused in the wrong status and with a stale version, changing nothing', () => {
    const cases = [
      ['planAgree in DRAFT', 'TARGETED', 'planAgree', 'kabid.kdi', {}, 'INVALID_STATE'],
      ['planAgree, stale', 'SUBMITTED', 'planAgree', 'kabid.kdi', { stale: true }, 'CONFLICT'],
      ['planReturn when agreed', 'PLANNED', 'planReturn', 'kabid.kdi', { comment: 'x' }, 'INVALID_STATE'],
      ['planReturn, stale', 'SUBMITTED', 'planReturn', 'kabid.kdi', { comment: 'x', stale: true }, 'CONFLICT'],
      ['planRevise when submitted', 'SUBMITTED', 'planRevise', 'staff.kdi', {}, 'INVALID_STATE'],
      ['planRevise, stale', 'PLANNED', 'planRevise', 'staff.kdi', { stale: true }, 'CONFLICT'],
      ['planSubmit twice', 'SUBMITTED', 'planSubmit', 'staff.kdi', {}, 'INVALID_STATE'],
      ['selfAssess before agreement', 'SUBMITTED', 'selfAssess', 'staff.kdi', { levels: [], realisations: [] }, 'INVALID_STATE'],
      ['targetAdd once submitted', 'SUBMITTED', 'targetAdd', 'staff.kdi', target(), 'INVALID_STATE'],
    ] as const;
    it.each(cases)('%s', async (label, stage, op, as, extra, code) => {
      const a = await drive(app, 'kdi', await newCycle(app, `NEW-${label}`), stage, { light: true });
      const before = await snapshot(app, a.id);
      const { stale, ...input } = extra as { stale?: boolean };
      const result = await mutate(app, op, { appraisalId: a.id, version: stale ? a.version - 1 : a.version, ...input }, as, { light: true });
      expect(result.userErrors.map((e) => e.code)).toEqual([code]);
      expect(await snapshot(app, a.id)).toBe(before);
    });

    it('check-ins: only while the plan is agreed, only by the employee, each target once', async () => {
      const draft = await drive(app, 'kdi', await newCycle(app, 'CI-DRAFT'), 'TARGETED');
      const entries = [{ targetId: draft.targets[0]!.id, realisation: 1 }];
      expect(codes(await mutate(app, 'checkInSubmit', { appraisalId: draft.id, period: 'Q1', entries }, 'staff.kdi'))).toEqual([['INVALID_STATE', null]]);
      const a = await drive(app, 'kdi', await newCycle(app, 'CI-AGREED'), 'PLANNED');
      const mine = [{ targetId: a.targets[0]!.id, realisation: 1 }];
      expect(codes(await mutate(app, 'checkInSubmit', { appraisalId: a.id, period: 'Q1', entries: mine }, 'kabid.kdi'))).toEqual([['FORBIDDEN', null]]);
      expect(codes(await mutate(app, 'checkInSubmit', { appraisalId: a.id, period: 'Q1', entries: mine }, 'peer.kdi'))).toEqual([['NOT_FOUND', 'input.appraisalId']]);
      expect(codes(await mutate(app, 'checkInSubmit', { appraisalId: a.id, period: ' ', entries: [...mine, ...mine, { targetId: draft.targets[0]!.id, realisation: -1 }] }, 'staff.kdi'))).toEqual([
        ['VALIDATION', 'input.period'], ['VALIDATION', 'input.entries.1.targetId'], ['NOT_FOUND', 'input.entries.2.targetId'], ['VALIDATION', 'input.entries.2.realisation'],
      ]);
      expect(codes(await mutate(app, 'checkInSubmit', { appraisalId: a.id, period: 'Q1', entries: [] }, 'staff.kdi'))).toEqual([['VALIDATION', 'input.entries']]);
    });

    it('a reopened plan can change and is agreed again; its check-ins stay', async () => {
      let a = await drive(app, 'kdi', await newCycle(app, 'REVISE'), 'PLANNED');
      await ok(app, 'checkInSubmit', { appraisalId: a.id, period: 'Semester I', entries: [{ targetId: a.targets[0]!.id, realisation: 5 }] }, 'staff.kdi');
      a = await ok(app, 'planRevise', { appraisalId: a.id, version: a.version }, 'staff.kdi');
      expect(a).toMatchObject({ status: 'DRAFT', planAgreedAt: null, planAgreedBy: null });
      a = await ok(app, 'targetAdd', { appraisalId: a.id, version: a.version, ...target({ description: 'Target baru di tengah tahun' }) }, 'staff.kdi');
      a = await ok(app, 'planSubmit', { appraisalId: a.id, version: a.version }, 'staff.kdi');
      a = await ok(app, 'planAgree', { appraisalId: a.id, version: a.version }, 'kabid.kdi');
      expect(a.status).toBe('PLAN_AGREED');
      expect(a.targets).toHaveLength(2);
      expect(a.checkIns.map((c) => c.period)).toEqual(['Semester I']);
    });
  });

  describe('cascading', () => {
    it('refuses a target that is not of the direct supervisor’s plan in the same cycle', async () => {
      const cycleId = await newCycle(app, 'CASCADE');
      const own = await supervisorPlan(cycleId);
      const elsewhere = await supervisorPlan(await newCycle(app, 'CASCADE-OTHER'));
      const pauh = await drive(app, 'pauh', cycleId, 'TARGETED');
      let a = await drive(app, 'kdi', cycleId, 'TARGETED');
      for (const supportsTargetId of [elsewhere.targets[0]!.id, pauh.targets[0]!.id, a.targets[0]!.id, '999999', 'x']) {
        const result = await mutate(app, 'targetAdd', { appraisalId: a.id, version: a.version, ...target({ supportsTargetId }) }, 'staff.kdi');
        expect(codes(result), supportsTargetId).toEqual([['VALIDATION', 'input.supportsTargetId']]);
      }
      // The supervisor of the supervisor's plan is not the direct supervisor either.
      const kadisOwn = await ok(app, 'create', { cycleId }, 'kadis.kdi');
      const kadisPlan = await ok(app, 'targetAdd', { appraisalId: kadisOwn.id, version: kadisOwn.version, ...target() }, 'kadis.kdi');
      expect(codes(await mutate(app, 'targetUpdate', { appraisalId: a.id, version: a.version, targetId: a.targets[0]!.id, supportsTargetId: kadisPlan.targets[0]!.id }, 'staff.kdi')))
        .toEqual([['VALIDATION', 'input.supportsTargetId']]);
      a = await ok(app, 'targetUpdate', { appraisalId: a.id, version: a.version, targetId: a.targets[0]!.id, supportsTargetId: own.targets[0]!.id }, 'staff.kdi');
      expect(a.targets[0]!.supports?.id).toBe(own.targets[0]!.id);
      a = await ok(app, 'targetUpdate', { appraisalId: a.id, version: a.version, targetId: a.targets[0]!.id, description: 'Tetap terhubung' }, 'staff.kdi');
      expect(a.targets[0]!.supports?.id).toBe(own.targets[0]!.id);
      a = await ok(app, 'targetUpdate', { appraisalId: a.id, version: a.version, targetId: a.targets[0]!.id, supportsTargetId: null }, 'staff.kdi');
      expect(a.targets[0]!.supports).toBeNull();

      // When the supervisor drops a target from their draft plan, the targets supporting it lose the link.
      a = await ok(app, 'targetUpdate', { appraisalId: a.id, version: a.version, targetId: a.targets[0]!.id, supportsTargetId: own.targets[0]!.id }, 'staff.kdi');
      await ok(app, 'targetRemove', { appraisalId: own.id, version: own.version, targetId: own.targets[0]!.id }, 'kabid.kdi');
      const after = await app.execute<{ appraisal: AppraisalView }>(OPS.read, { id: a.id }, { as: 'staff.kdi' });
      expect(after.appraisal.targets[0]!.supports).toBeNull();
    });

    it('refuses a target without an indicator, naming the field', async () => {
      const a = await drive(app, 'kdi', await newCycle(app, 'NO-INDICATOR'), 'DRAFT');
      expect(codes(await mutate(app, 'targetAdd', { appraisalId: a.id, version: a.version, ...target({ indicator: '   ' }) }, 'staff.kdi')))
        .toEqual([['VALIDATION', 'input.indicator']]);
    });
  });

  it('myAppraisals: the viewer’s own, newest cycle first; teamMembers: direct reports only', async () => {
    const mine = await app.execute<{ myAppraisals: { employee: { nip: string }; cycle: { code: string; startMonth: string } }[] }>(
      '{ myAppraisals { employee { nip } cycle { code startMonth } } }', {}, { as: 'staff.kdi' });
    expect(mine.myAppraisals.length).toBeGreaterThan(1);
    expect(mine.myAppraisals.every((x) => x.employee.nip === PEOPLE.kdi.staff)).toBe(true);
    const months = mine.myAppraisals.map((x) => x.cycle.startMonth);
    expect([...months].sort().reverse()).toEqual(months);
    expect((await app.execute<{ myAppraisals: unknown[] }>('{ myAppraisals { id } }', {}, { as: 'hr.kdi' })).myAppraisals).toEqual([]);

    const team = await app.execute<{ teamMembers: { employee: { nip: string; supervisor: { nip: string } } }[] }>(
      '{ teamMembers { employee { nip supervisor { nip } } } }', {}, { as: 'kadis.kdi' });
    expect(team.teamMembers.length).toBeGreaterThan(0);
    expect(team.teamMembers.every((m) => m.employee.supervisor.nip === PEOPLE.kdi.kadis)).toBe(true);
    expect(team.teamMembers.map((m) => m.employee.nip)).not.toContain(PEOPLE.kdi.staff);
    expect((await app.execute<{ teamMembers: unknown[] }>('{ teamMembers { employee { nip } } }', {}, { as: 'staff.kdi' })).teamMembers).toEqual([]);
  });

  it('directSupervisor: the employee sees their atasan langsung by name and title though he is outside their scope', async () => {
    const read = (as: string) => app.execute<{ employee: { supervisor: { nip: string } | null; directSupervisor: { name: string; positionTitle: string } | null } | null }>(
      'query($id: ID!) { employee(id: $id) { supervisor { nip } directSupervisor { name positionTitle } } }', { id: staffId }, { as });
    const staffId = await employeeIdOf(app, PEOPLE.kdi.staff);
    expect((await read('staff.kdi')).employee).toEqual({ supervisor: null, directSupervisor: person.kabid });
    expect((await read('kabid.kdi')).employee).toEqual({ supervisor: { nip: PEOPLE.kdi.kabid }, directSupervisor: person.kabid });
    // Nobody outside the employee's scope learns anything through it.
    expect((await read('kabid.pauh')).employee).toBeNull();
    const top = await app.execute<{ employee: { directSupervisor: unknown } }>(
      'query($id: ID!) { employee(id: $id) { directSupervisor { name } } }', { id: await employeeIdOf(app, PEOPLE.kdi.kadis) }, { as: 'kadis.kdi' });
    expect(top.employee.directSupervisor).toBeNull();
  });
});
