import { OBJECTION_WINDOW_DAYS, predicateFor, RATINGS, RULE_SET } from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../common/auth/viewer.js';
import { loadViewer } from '../../common/auth/viewer.js';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { UserAccount } from '../account/user-account.entity.js';
import { AppraisalObjectionService } from './appraisal-objection.service.js';
import {
  addAccounts, ageRating, allBehaviors, auditSince, driveKdi, employeeIdOf, lastAuditId, mutate, newCycle, ok, OPS, PEOPLE, snapshot,
  sqlOf, standardLevels,
} from './appraisal.testing.js';

const DAY = 24 * 60 * 60 * 1000;

describe('appraisal workflow (small fixture)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    await addAccounts(app);
  });
  afterAll(async () => app?.close());

  it('runs a cycle end to end, each step by the right person, with exactly one audit event per write', async () => {
    // HR admin creates and opens the cycle.
    let mark = await lastAuditId(app);
    const created = await mutate(app, 'cycleCreate', { code: '2026-TAHUNAN', name: 'Penilaian Kinerja Tahunan 2026', kind: 'ANNUAL', startMonth: '2026-01', endMonth: '2026-12' }, 'hr.kdi');
    expect(created.userErrors).toEqual([]);
    const cycle = created.cycle as { id: string; status: string; startMonth: string; endMonth: string };
    expect(cycle).toMatchObject({ status: 'PLANNING', startMonth: '2026-01', endMonth: '2026-12' });

    // The employee opens their own appraisal and plans while the cycle is in PLANNING.
    let a = await ok(app, 'create', { cycleId: cycle.id }, 'staff.kdi');
    expect(a).toMatchObject({ status: 'DRAFT', version: 1, employee: { nip: PEOPLE.kdi.staff }, cycle: { code: '2026-TAHUNAN' }, predicate: null });
    a = await ok(app, 'targetAdd', { appraisalId: a.id, version: a.version, description: 'Menyusun analisis jabatan', indicator: 'Dokumen anjab selesai', aspect: 'QUANTITY', targetValue: 12, unit: 'dokumen' }, 'staff.kdi');
    a = await ok(app, 'targetAdd', { appraisalId: a.id, version: a.version, description: 'Layanan mutasi', indicator: 'Waktu penyelesaian', aspect: 'TIME', targetValue: 5.5, unit: 'hari' }, 'staff.kdi');
    a = await ok(app, 'targetAdd', { appraisalId: a.id, version: a.version, description: 'Salah input', indicator: 'x', aspect: 'COST', targetValue: 1, unit: 'x' }, 'staff.kdi');
    expect(a.targets.map((t) => t.ordinal)).toEqual([1, 2, 3]);
    const updated = await mutate(app, 'targetUpdate', { appraisalId: a.id, version: a.version, targetId: a.targets[1]!.id, targetValue: 4, description: 'Layanan mutasi pegawai' }, 'staff.kdi');
    expect(updated.userErrors).toEqual([]);
    expect(updated.target).toEqual({ id: a.targets[1]!.id, description: 'Layanan mutasi pegawai', targetValue: 4 });
    a = updated.appraisal!;
    a = await ok(app, 'targetRemove', { appraisalId: a.id, version: a.version, targetId: a.targets[2]!.id }, 'staff.kdi');
    expect(a.targets.map((t) => [t.ordinal, t.description])).toEqual([[1, 'Menyusun analisis jabatan'], [2, 'Layanan mutasi pegawai']]);
    a = await ok(app, 'planSubmit', { appraisalId: a.id, version: a.version }, 'staff.kdi');
    expect(a.status).toBe('PLAN_SUBMITTED');
    expect(a.planSubmittedAt).not.toBeNull();
    // The direct supervisor agrees the plan while the cycle is still in PLANNING.
    a = await ok(app, 'planAgree', { appraisalId: a.id, version: a.version }, 'kabid.kdi');
    expect(a.status).toBe('PLAN_AGREED');

    // Self-assessment waits for the cycle to open.
    const early = await mutate(app, 'selfAssess', { appraisalId: a.id, version: a.version, levels: [], realisations: [] }, 'staff.kdi');
    expect(early.userErrors.map((e) => e.code)).toEqual(['INVALID_STATE']);
    expect((await mutate(app, 'cycleOpen', { cycleId: cycle.id }, 'hr.kdi')).userErrors).toEqual([]);

    const selfLevels = await standardLevels(app, PEOPLE.kdi.staff, 4);
    a = await ok(app, 'selfAssess', {
      appraisalId: a.id, version: a.version, levels: selfLevels, comment: 'Target tercapai',
      realisations: [{ targetId: a.targets[0]!.id, realisation: 12, evidenceUrl: 'https://drive.example.id/anjab.pdf' }, { targetId: a.targets[1]!.id, realisation: 3.25 }],
    }, 'staff.kdi');
    expect(a).toMatchObject({ status: 'SELF_ASSESSED', selfComment: 'Target tercapai' });
    expect(a.targets.map((t) => t.realisation)).toEqual([12, 3.25]);
    expect(a.competencies.every((c) => c.selfLevel === 4 && c.supervisorLevel === null && c.assessedLevel === null)).toBe(true);

    // The direct supervisor rates; the predicate comes from the PermenPANRB 6/2022 matrix.
    a = await ok(app, 'feedbackAdd', { appraisalId: a.id, version: a.version, body: 'Pertahankan kecepatan layanan.' }, 'kabid.kdi');
    const supervisorLevels = (await standardLevels(app, PEOPLE.kdi.staff, 3)).map((l, i) => (i === 0 ? { ...l, level: 2, comment: 'Perlu pembinaan' } : l));
    a = await ok(app, 'assess', { appraisalId: a.id, version: a.version, levels: supervisorLevels, workResultRating: 'ABOVE', behaviorRating: 'MEETS', behaviors: allBehaviors('MEETS') }, 'kabid.kdi');
    expect(a).toMatchObject({ status: 'ASSESSED', predicate: 'BAIK', ruleSet: RULE_SET, assessedBy: { nip: PEOPLE.kdi.kabid } });
    const firstRequired = a.competencies.find((c) => c.competency.code === supervisorLevels[0]!.competencyCode)!;
    expect(firstRequired).toMatchObject({ selfLevel: 4, supervisorLevel: 2, assessedLevel: 2, gap: Math.max(0, firstRequired.requiredLevel! - 2) });
    expect(new Date(a.objectionDeadline!).getTime() - new Date(a.assessedAt!).getTime()).toBe(OBJECTION_WINDOW_DAYS * DAY);

    // Within the window the HR admin may not finalise yet; the employee objects.
    const tooSoon = await mutate(app, 'finalize', { appraisalId: a.id, version: a.version }, 'hr.kdi');
    expect(tooSoon.userErrors.map((e) => e.code)).toEqual(['INVALID_STATE']);
    a = await ok(app, 'feedbackAdd', { appraisalId: a.id, version: a.version, body: 'Saya keberatan dengan nilai perilaku.' }, 'staff.kdi');
    const filed = await mutate(app, 'objectionFile', { appraisalId: a.id, version: a.version, reason: 'Perilaku kerja sudah di atas ekspektasi.' }, 'staff.kdi');
    expect(filed.userErrors).toEqual([]);
    a = filed.appraisal!;
    expect(a.status).toBe('OBJECTED');

    // The supervisor's own supervisor decides: upheld, ratings revised, new predicate, final.
    const notTheRater = await mutate(app, 'objectionDecide', { appraisalId: a.id, version: a.version, outcome: 'REJECTED', note: 'x' }, 'kabid.kdi');
    expect(notTheRater.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    const decided = await mutate(app, 'objectionDecide', {
      appraisalId: a.id, version: a.version, outcome: 'UPHELD', note: 'Bukti perilaku memadai.',
      workResultRating: 'ABOVE', behaviorRating: 'ABOVE', levels: [{ competencyCode: supervisorLevels[0]!.competencyCode, level: 3 }],
    }, 'kadis.kdi');
    expect(decided.userErrors).toEqual([]);
    a = decided.appraisal!;
    expect(a).toMatchObject({
      status: 'FINALIZED', predicate: 'SANGAT_BAIK', workResultRating: 'ABOVE', behaviorRating: 'ABOVE',
      objection: { outcome: 'UPHELD', decisionNote: 'Bukti perilaku memadai.', decidedBy: { nip: PEOPLE.kdi.kadis } },
    });
    expect(a.finalizedAt).not.toBeNull();
    expect(a.competencies.find((c) => c.competency.code === supervisorLevels[0]!.competencyCode)?.supervisorLevel).toBe(3);
    expect(a.feedback.map((f) => f.author?.nip)).toEqual([PEOPLE.kdi.kabid, PEOPLE.kdi.staff]);

    // Exactly one event per write (refused ones included, as FAILURE or DENIED), in order.
    const events = await auditSince(app, mark);
    expect(events.map((e) => [e.action, e.outcome, e.actor_username])).toEqual([
      ['CYCLE_CREATE', 'SUCCESS', 'hr.kdi'],
      ['APPRAISAL_CREATE', 'SUCCESS', 'staff.kdi'],
      ['APPRAISAL_TARGET_ADD', 'SUCCESS', 'staff.kdi'],
      ['APPRAISAL_TARGET_ADD', 'SUCCESS', 'staff.kdi'],
      ['APPRAISAL_TARGET_ADD', 'SUCCESS', 'staff.kdi'],
      ['APPRAISAL_TARGET_UPDATE', 'SUCCESS', 'staff.kdi'],
      ['APPRAISAL_TARGET_REMOVE', 'SUCCESS', 'staff.kdi'],
      ['APPRAISAL_PLAN_SUBMIT', 'SUCCESS', 'staff.kdi'],
      ['APPRAISAL_PLAN_AGREE', 'SUCCESS', 'kabid.kdi'],
      ['APPRAISAL_SELF_ASSESS', 'FAILURE', 'staff.kdi'],
      ['CYCLE_OPEN', 'SUCCESS', 'hr.kdi'],
      ['APPRAISAL_SELF_ASSESS', 'SUCCESS', 'staff.kdi'],
      ['APPRAISAL_FEEDBACK_ADD', 'SUCCESS', 'kabid.kdi'],
      ['APPRAISAL_ASSESS', 'SUCCESS', 'kabid.kdi'],
      ['APPRAISAL_FINALIZE', 'FAILURE', 'hr.kdi'],
      ['APPRAISAL_FEEDBACK_ADD', 'SUCCESS', 'staff.kdi'],
      ['OBJECTION_FILE', 'SUCCESS', 'staff.kdi'],
      ['OBJECTION_DECIDE', 'DENIED', 'kabid.kdi'],
      ['OBJECTION_DECIDE', 'SUCCESS', 'kadis.kdi'],
    ]);
    const appraisalEvents = events.filter((e) => e.subject_type === 'appraisal');
    expect(appraisalEvents.every((e) => e.subject_nip === PEOPLE.kdi.staff && e.request_id)).toBe(true);
    expect(events.at(-1)?.detail).toMatchObject({ from: 'OBJECTED', to: 'FINALIZED', outcome: 'UPHELD', predicateBefore: 'BAIK', predicate: 'SANGAT_BAIK' });
    expect(new Set(events.map((e) => e.request_id)).size).toBe(events.length);

    // Final means final: every further write is refused and changes nothing.
    const frozen = await snapshot(app, a.id);
    mark = await lastAuditId(app);
    for (const [op, as, input] of [
      ['feedbackAdd', 'kabid.kdi', { body: 'Terlambat' }],
      ['finalize', 'hr.kdi', {}],
      ['objectionFile', 'staff.kdi', { reason: 'lagi' }],
      ['objectionDecide', 'kadis.kdi', { outcome: 'REJECTED', note: 'x' }],
      ['assess', 'kabid.kdi', { levels: supervisorLevels, workResultRating: 'BELOW', behaviorRating: 'BELOW', behaviors: allBehaviors('BELOW') }],
    ] as const) {
      const result = await mutate(app, op, { appraisalId: a.id, version: a.version, ...input }, as);
      expect(result.userErrors.map((e) => e.code), op).toEqual(['INVALID_STATE']);
    }
    expect(await snapshot(app, a.id)).toBe(frozen);
    expect((await auditSince(app, mark)).map((e) => e.outcome)).toEqual(['FAILURE', 'FAILURE', 'FAILURE', 'FAILURE', 'FAILURE']);

    // Closing the cycle stops new appraisals.
    expect((await mutate(app, 'cycleClose', { cycleId: cycle.id }, 'admin')).userErrors).toEqual([]);
    const late = await mutate(app, 'create', { cycleId: cycle.id }, 'peer.kdi');
    expect(late.userErrors.map((e) => e.code)).toEqual(['INVALID_STATE']);
  });

  it.each(RATINGS.flatMap((hk) => RATINGS.map((pk) => [hk, pk] as const)))(
    'computes the predicate from the matrix: HK %s × PK %s', async (hk, pk) => {
      const cycleId = await newCycle(app, `M-${hk}-${pk}`);
      const a = await driveKdi(app, cycleId, 'ASSESSED', { workResultRating: hk, behaviorRating: pk });
      expect(a.predicate).toBe(predicateFor(hk, pk));
      const [row] = await sqlOf(app).query<{ predicate: string; rule_set: string }>('select predicate, rule_set from appraisal where id = $1', [Number(a.id)]);
      expect(row).toEqual({ predicate: predicateFor(hk, pk), rule_set: RULE_SET });
    });

  it('closes the objection window 14 days after the rating, and opens finalisation then', async () => {
    const cycleId = await newCycle(app, 'WINDOW');
    let a = await driveKdi(app, cycleId, 'ASSESSED');
    await ageRating(app, a.id, OBJECTION_WINDOW_DAYS + 1);
    const before = await snapshot(app, a.id);
    const late = await mutate(app, 'objectionFile', { appraisalId: a.id, version: a.version, reason: 'Terlambat' }, 'staff.kdi');
    expect(late.userErrors).toEqual([expect.objectContaining({ code: 'OBJECTION_WINDOW_CLOSED' })]);
    expect(await snapshot(app, a.id)).toBe(before);
    // The supervisor may finalise once the window has passed.
    a = await ok(app, 'finalize', { appraisalId: a.id, version: a.version }, 'kabid.kdi');
    expect(a.status).toBe('FINALIZED');
  });

  it('takes "now" from an injectable clock: the window ends exactly 14 × 24 h after the rating', async () => {
    const cycleId = await newCycle(app, 'CLOCK');
    const a = await driveKdi(app, cycleId, 'ASSESSED');
    const assessedAt = new Date(a.assessedAt!);
    const viewerOf = async (username: string): Promise<Viewer> => {
      const em = app.orm.em.fork();
      return (await loadViewer(em, (await em.findOneOrFail(UserAccount, { username })).id))!;
    };
    const staff = await viewerOf('staff.kdi');
    const at = (ms: number) => new AppraisalObjectionService(app.orm.em.fork(), staff, 'clock-test', () => new Date(assessedAt.getTime() + ms));
    const input = { appraisalId: a.id, version: a.version, reason: 'Keberatan' };
    const late = await at(OBJECTION_WINDOW_DAYS * DAY + 1).fileObjection(input);
    expect(late.ok ? [] : late.errors.map((e) => e.code)).toEqual(['OBJECTION_WINDOW_CLOSED']);
    const last = await at(OBJECTION_WINDOW_DAYS * DAY).fileObjection(input);
    expect(last.ok).toBe(true);
  });

  it('decides a rejected objection: FINALIZED with the rating unchanged', async () => {
    const cycleId = await newCycle(app, 'REJECT');
    let a = await driveKdi(app, cycleId, 'ASSESSED', { workResultRating: 'MEETS', behaviorRating: 'BELOW' });
    a = await ok(app, 'objectionFile', { appraisalId: a.id, version: a.version, reason: 'Tidak setuju' }, 'staff.kdi');
    const upheldWithoutRatings = await mutate(app, 'objectionDecide', { appraisalId: a.id, version: a.version, outcome: 'UPHELD', note: 'ok' }, 'kadis.kdi');
    expect(upheldWithoutRatings.userErrors.map((e) => [e.code, e.field?.join('.')])).toEqual([
      ['VALIDATION', 'input.workResultRating'], ['VALIDATION', 'input.behaviorRating'],
    ]);
    a = await ok(app, 'objectionDecide', { appraisalId: a.id, version: a.version, outcome: 'REJECTED', note: 'Penilaian sesuai bukti.' }, 'kadis.kdi');
    expect(a).toMatchObject({ status: 'FINALIZED', predicate: 'KURANG', workResultRating: 'MEETS', behaviorRating: 'BELOW', objection: { outcome: 'REJECTED' } });
  });

  it('lets the BKD record the decision when the data names no official above the rater', async () => {
    // The KDI kabid's rater is the kepala BKD, who has no supervisor in the data.
    const cycleId = await newCycle(app, 'TOP');
    await app.addUser('kabid.self', 'EMPLOYEE', { employeeNip: PEOPLE.kdi.kabid });
    let a = await ok(app, 'create', { cycleId }, 'kabid.self');
    a = await ok(app, 'targetAdd', { appraisalId: a.id, version: a.version, description: 'Mutasi', indicator: 'SK terbit', aspect: 'QUANTITY', targetValue: 10, unit: 'SK' }, 'kabid.self');
    a = await ok(app, 'planSubmit', { appraisalId: a.id, version: a.version }, 'kabid.self');
    a = await ok(app, 'planAgree', { appraisalId: a.id, version: a.version }, 'kadis.kdi');
    a = await ok(app, 'selfAssess', { appraisalId: a.id, version: a.version, levels: await standardLevels(app, PEOPLE.kdi.kabid, 3), realisations: [{ targetId: a.targets[0]!.id, realisation: 10 }] }, 'kabid.self');
    a = await ok(app, 'assess', { appraisalId: a.id, version: a.version, levels: await standardLevels(app, PEOPLE.kdi.kabid, 3), workResultRating: 'MEETS', behaviorRating: 'MEETS', behaviors: allBehaviors() }, 'kadis.kdi');
    a = await ok(app, 'objectionFile', { appraisalId: a.id, version: a.version, reason: 'Tidak setuju' }, 'kabid.self');
    expect((await mutate(app, 'objectionDecide', { appraisalId: a.id, version: a.version, outcome: 'REJECTED', note: 'x' }, 'hr.pauh')).userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    a = await ok(app, 'objectionDecide', { appraisalId: a.id, version: a.version, outcome: 'REJECTED', note: 'Diputus PPK' }, 'hr.kdi');
    expect(a.objection).toMatchObject({ outcome: 'REJECTED', decidedBy: null });
  });

  describe('refused writes leave no change and exactly one FAILURE or DENIED event', () => {
    const cases: [string, string, (a: { id: string; version: number; targetId: string }) => Record<string, unknown>, string, string, string[]][] = [
      ['stale version', 'targetAdd', (a) => ({ appraisalId: a.id, version: a.version - 1, description: 'd', indicator: 'i', aspect: 'QUALITY', targetValue: 1, unit: 'u' }), 'staff.kdi', 'FAILURE', ['CONFLICT']],
      ['empty and bad fields, all reported', 'targetAdd', (a) => ({ appraisalId: a.id, version: a.version, description: ' ', indicator: 'i', aspect: 'QUALITY', targetValue: -1.234, unit: '' }), 'staff.kdi', 'FAILURE', ['VALIDATION', 'VALIDATION', 'VALIDATION']],
      ['the supervisor editing the plan', 'targetAdd', (a) => ({ appraisalId: a.id, version: a.version, description: 'd', indicator: 'i', aspect: 'QUALITY', targetValue: 1, unit: 'u' }), 'kabid.kdi', 'DENIED', ['FORBIDDEN']],
      ['another agency', 'targetRemove', (a) => ({ appraisalId: a.id, version: a.version, targetId: a.targetId }), 'guru.pauh', 'DENIED', ['NOT_FOUND']],
      ['unknown target', 'targetRemove', (a) => ({ appraisalId: a.id, version: a.version, targetId: '999999' }), 'staff.kdi', 'FAILURE', ['NOT_FOUND']],
      ['rating before the self-assessment', 'assess', (a) => ({ appraisalId: a.id, version: a.version, levels: [], workResultRating: 'MEETS', behaviorRating: 'MEETS', behaviors: [] }), 'kabid.kdi', 'FAILURE', ['INVALID_STATE']],
      ['an unknown appraisal', 'planSubmit', () => ({ appraisalId: '99999999', version: 1 }), 'staff.kdi', 'DENIED', ['NOT_FOUND']],
    ];
    it.each(cases)('%s', async (_label, op, input, as, outcome, codes) => {
      const cycleId = await newCycle(app, `REFUSE-${_label}`);
      const a = await driveKdi(app, cycleId, 'DRAFT');
      const withTarget = await ok(app, 'targetAdd', { appraisalId: a.id, version: a.version, description: 'd', indicator: 'i', aspect: 'QUALITY', targetValue: 1, unit: 'u' }, 'staff.kdi');
      const before = await snapshot(app, a.id);
      const mark = await lastAuditId(app);
      const result = await mutate(app, op as keyof typeof OPS, input({ id: a.id, version: withTarget.version, targetId: withTarget.targets[0]!.id }), as);
      expect(result.userErrors.map((e) => e.code)).toEqual(codes);
      expect(result.appraisal).toBeNull();
      expect(await snapshot(app, a.id)).toBe(before);
      const events = await auditSince(app, mark);
      expect(events.map((e) => [e.outcome, e.actor_username])).toEqual([[outcome, as]]);
      expect(events[0]?.detail).toMatchObject({ errors: codes.map((code) => expect.objectContaining({ code })) });
    });

    it('self-assessment: unknown competency, level out of range, missing levels and realisations', async () => {
      const cycleId = await newCycle(app, 'REFUSE-SELF');
      const a = await driveKdi(app, cycleId, 'PLANNED');
      const levels = await standardLevels(app, PEOPLE.kdi.staff, 3);
      const before = await snapshot(app, a.id);
      const result = await mutate(app, 'selfAssess', {
        appraisalId: a.id, version: a.version,
        levels: [{ competencyCode: 'T-PEN', level: 3 }, { ...levels[0]!, level: 6 }, ...levels.slice(2)],
        realisations: [],
      }, 'staff.kdi');
      expect(result.userErrors.map((e) => [e.code, e.field?.join('.')])).toEqual([
        ['UNKNOWN_COMPETENCY', 'input.levels.0.competencyCode'],
        ['LEVEL_OUT_OF_RANGE', 'input.levels.1.level'],
        ['VALIDATION', 'input.levels'],
        ['VALIDATION', 'input.realisations'],
      ]);
      expect(result.userErrors[2]?.message).toContain(levels[1]!.competencyCode);
      expect(await snapshot(app, a.id)).toBe(before);
    });

    it('the database itself refuses to change a finalised appraisal or its levels', async () => {
      const cycleId = await newCycle(app, 'DB-GUARD');
      let a = await driveKdi(app, cycleId, 'ASSESSED');
      await ageRating(app, a.id, 20);
      a = await ok(app, 'finalize', { appraisalId: a.id, version: a.version }, 'hr.kdi');
      const sql = sqlOf(app);
      const id = Number(a.id);
      await expect(sql.query(`update appraisal set predicate = 'SANGAT_BAIK' where id = $1`, [id])).rejects.toThrow(/finalised/);
      await expect(sql.query('delete from appraisal where id = $1', [id])).rejects.toThrow(/finalised/);
      await expect(sql.query('update competency_assessment set level = 5 where appraisal_id = $1', [id])).rejects.toThrow(/finalised/);
      await expect(sql.query(`insert into feedback (appraisal_id, body) values ($1, 'x')`, [id])).rejects.toThrow(/finalised/);
      await expect(sql.query('delete from performance_target where appraisal_id = $1', [id])).rejects.toThrow(/finalised/);
      // A no-op write is harmless and allowed.
      await sql.query('update appraisal set status = status where id = $1', [id]);
    });
  });

  it('decides an objection imported without its record (the BKD, for a kepala dinas rater)', async () => {
    // Joko Lestari (PAUH) was imported OBJECTED in 2025; his rater, the kepala dinas, has no supervisor here.
    const list = await app.execute<{ appraisals: { totalCount: number; nodes: { id: string; version: number; employee: { name: string } }[] } }>(
      `{ appraisals(first: 10, filter: { cycleCode: "2025-TAHUNAN", status: OBJECTED, agencyCode: "PAUH" }) { totalCount nodes { id version employee { name } } } }`,
      {}, { as: 'hr.pauh' });
    expect(list.appraisals.nodes.map((n) => n.employee.name)).toEqual(['Joko Lestari']);
    const [imported] = list.appraisals.nodes;
    const a = await ok(app, 'objectionDecide', { appraisalId: imported!.id, version: imported!.version, outcome: 'UPHELD', note: 'Diputus PPK', workResultRating: 'MEETS', behaviorRating: 'MEETS' }, 'hr.pauh');
    expect(a).toMatchObject({ status: 'FINALIZED', predicate: 'BAIK', objection: { outcome: 'UPHELD', reason: '(imported without a recorded reason)' } });
  });

  it('lists appraisals by cycle, status and agency subtree, a page at a time', async () => {
    const query = `query($first: Int!, $after: String, $filter: AppraisalFilter) {
      appraisals(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { id status cycle { code } employee { nip agency { code } } } } }`;
    type Page = { appraisals: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { id: string; status: string; cycle: { code: string }; employee: { agency: { code: string } } }[] } };
    const filter = { cycleCode: '2024-TAHUNAN', agencyCode: 'KDI' };
    let page = await app.execute<Page>(query, { first: 7, filter }, { as: 'hr.kdi' });
    const seen = new Set(page.appraisals.nodes.map((n) => n.id));
    while (page.appraisals.pageInfo.hasNextPage) {
      page = await app.execute<Page>(query, { first: 7, after: page.appraisals.pageInfo.endCursor, filter }, { as: 'hr.kdi' });
      for (const n of page.appraisals.nodes) seen.add(n.id);
      expect(page.appraisals.nodes.every((n) => n.cycle.code === '2024-TAHUNAN' && n.employee.agency.code.startsWith('KDI'))).toBe(true);
    }
    const [row] = await sqlOf(app).query<{ n: string }>(
      `select count(*) as n from appraisal a join cycle c on c.id = a.cycle_id join employee e on e.id = a.employee_id
       join agency g on g.id = e.agency_id where c.code = '2024-TAHUNAN' and g.code like 'KDI%'`);
    expect(seen.size).toBe(Number(row!.n));
    expect(page.appraisals.totalCount).toBe(Number(row!.n));
    const assessed = await app.execute<Page>(query, { first: 100, filter: { cycleCode: '2024-TAHUNAN', status: 'ASSESSED' } }, { as: 'admin' });
    expect(assessed.appraisals.totalCount).toBe(4);
    const unknownCycle = await app.execute<Page>(query, { first: 100, filter: { cycleCode: 'NOPE' } }, { as: 'admin' });
    expect(unknownCycle.appraisals.totalCount).toBe(0);
  });

  it('records every read of an individual appraisal, refused ones as DENIED', async () => {
    const cycleId = await newCycle(app, 'READS');
    const a = await driveKdi(app, cycleId, 'DRAFT');
    const mark = await lastAuditId(app);
    expect((await app.execute<{ appraisal: { id: string } | null }>(OPS.read, { id: a.id }, { as: 'leader.kdi' })).appraisal?.id).toBe(a.id);
    expect((await app.execute<{ appraisal: { id: string } | null }>(OPS.read, { id: a.id }, { as: 'analyst.kdi' })).appraisal).toBeNull();
    expect((await auditSince(app, mark)).map((e) => [e.action, e.outcome, e.actor_username, e.subject_nip])).toEqual([
      ['APPRAISAL_READ', 'SUCCESS', 'leader.kdi', PEOPLE.kdi.staff],
      ['APPRAISAL_READ', 'DENIED', 'analyst.kdi', PEOPLE.kdi.staff],
    ]);
  });

  it('lets an HR admin open an appraisal for an employee of its subtree, once per cycle', async () => {
    const cycleId = await newCycle(app, 'HR-CREATE');
    const employeeId = await employeeIdOf(app, PEOPLE.kdi.peer);
    const a = await ok(app, 'create', { cycleId, employeeId }, 'hr.kdi');
    expect(a.employee.nip).toBe(PEOPLE.kdi.peer);
    const again = await mutate(app, 'create', { cycleId, employeeId }, 'admin');
    expect(again.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
    const otherAgency = await mutate(app, 'create', { cycleId, employeeId }, 'hr.pauh');
    expect(otherAgency.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const reads = await app.execute<{ appraisal: { id: string } | null }>(OPS.read, { id: a.id }, { as: 'hr.pauh' });
    expect(reads.appraisal).toBeNull();
  });
});
