// Test helpers for the appraisal workflow: people of the small fixture, their accounts, the
// operations, and shortcuts that drive an appraisal through the workflow over GraphQL.
import { BEHAVIOR_VALUES, Role, type AppraisalStatus, type Rating } from '@kinerja/shared';
import { expect } from 'vitest';
import { sqlFromEm, type SqlClient } from '../../common/database/sql.js';
import { AUDIT_ROW_COLUMNS, type AuditRow } from '../../common/audit/audit-row.js';
import type { TestApp } from '../../testing/test-app.js';

/**
 * Two supervision chains of fixtures/small/employees.csv, in two pemda:
 * kepala dinas → kepala bidang → staff.
 */
export const PEOPLE = {
  kdi: {
    /** Taufik Hidayat, Kepala BKD Kendari (no supervisor in the data) */
    kadis: '197410281995051001',
    /** Ahmad Hidayat, Kepala Bidang Mutasi, reports to the kadis */
    kabid: '199708162024041001',
    /** Rahmat Tanjung, Analis SDM, reports to the kabid */
    staff: '197706101998031001',
    /** Kartika Wijaya, Analis SDM, also reports to the kabid */
    peer: '198704132015012001',
  },
  pauh: {
    /** Joko Sari, Kepala Dinas Pendidikan Pauh */
    kadis: '198601012005111001',
    /** Hendra Hidayat, Kepala Bidang SD, reports to the kadis */
    kabid: '199011072022121001',
    /** Arif Pratama, guru, reports to the kabid */
    guru: '198902152024021001',
  },
} as const;

/**
 * One account per role and agency. Agency-scoped roles sit at the pemda (KDI, PAUH); SUPERVISOR and
 * EMPLOYEE accounts belong to the people above.
 */
export async function addAccounts(app: TestApp): Promise<void> {
  for (const [agency, code] of [['kdi', 'KDI'], ['pauh', 'PAUH']] as const) {
    await app.addUser(`hr.${agency}`, Role.HR_ADMIN, { agencyCode: code });
    await app.addUser(`leader.${agency}`, Role.LEADER, { agencyCode: code });
    await app.addUser(`planner.${agency}`, Role.TRAINING_PLANNER, { agencyCode: code });
    await app.addUser(`analyst.${agency}`, Role.ANALYST, { agencyCode: code });
  }
  await app.addUser('kadis.kdi', Role.SUPERVISOR, { employeeNip: PEOPLE.kdi.kadis });
  await app.addUser('kabid.kdi', Role.SUPERVISOR, { employeeNip: PEOPLE.kdi.kabid });
  await app.addUser('staff.kdi', Role.EMPLOYEE, { employeeNip: PEOPLE.kdi.staff });
  await app.addUser('peer.kdi', Role.EMPLOYEE, { employeeNip: PEOPLE.kdi.peer });
  await app.addUser('kadis.pauh', Role.SUPERVISOR, { employeeNip: PEOPLE.pauh.kadis });
  await app.addUser('kabid.pauh', Role.SUPERVISOR, { employeeNip: PEOPLE.pauh.kabid });
  await app.addUser('guru.pauh', Role.EMPLOYEE, { employeeNip: PEOPLE.pauh.guru });
}

export function sqlOf(app: TestApp): SqlClient {
  return sqlFromEm(app.orm.em.fork());
}

export async function employeeIdOf(app: TestApp, nip: string): Promise<string> {
  const [row] = await sqlOf(app).query<{ id: number }>('select id from employee where nip = $1', [nip]);
  if (!row) throw new Error(`no employee ${nip}`);
  return String(row.id);
}

/** A new cycle straight in the database (OPEN by default), so that tests do not share appraisals. */
export async function newCycle(app: TestApp, code: string, status: 'PLANNING' | 'OPEN' | 'CLOSED' = 'OPEN'): Promise<string> {
  const [row] = await sqlOf(app).query<{ id: number }>(
    `insert into cycle (code, name, kind, start_month, end_month, status)
     values ($1, $1, 'ANNUAL', '2026-01-01', '2026-12-01', $2) returning id`, [code, status]);
  return String(row!.id);
}

/** Levels for every competency of the employee's position standard, all at `level`. */
export async function standardLevels(app: TestApp, nip: string, level: number): Promise<{ competencyCode: string; level: number }[]> {
  const rows = await sqlOf(app).query<{ code: string }>(
    `select c.code from employee e join position_requirement r on r.position_id = e.position_id
     join competency c on c.id = r.competency_id where e.nip = $1 order by c.code`, [nip]);
  return rows.map((r) => ({ competencyCode: r.code, level }));
}

export async function lastAuditId(app: TestApp): Promise<number> {
  const [row] = await sqlOf(app).query<{ id: string | null }>('select max(id)::text as id from audit_event');
  return Number(row?.id ?? 0);
}

/** Audit events written after `afterId`, oldest first. */
export async function auditSince(app: TestApp, afterId: number): Promise<AuditRow[]> {
  return sqlOf(app).query<AuditRow>(`select ${AUDIT_ROW_COLUMNS}
     from audit_event where audit_event.id > $1 order by audit_event.id`, [afterId]);
}

/** The appraisal row and every part of it, as text: equal snapshots, equal data. */
export async function snapshot(app: TestApp, appraisalId: string): Promise<string> {
  const [row] = await sqlOf(app).query<{ s: string }>(
    `select concat_ws(' | ',
       (select a::text from appraisal a where a.id = $1),
       (select string_agg(x::text, ',' order by x.id) from competency_assessment x where x.appraisal_id = $1),
       (select string_agg(x::text, ',' order by x.id) from performance_target x where x.appraisal_id = $1),
       (select string_agg(x::text, ',' order by x.id) from feedback x where x.appraisal_id = $1),
       (select string_agg(x::text, ',' order by x.id) from objection x where x.appraisal_id = $1),
       (select string_agg(x::text, ',' order by x.id) from appraisal_behavior x where x.appraisal_id = $1),
       (select string_agg(x::text, ',' order by x.id) from plan_return x where x.appraisal_id = $1),
       (select string_agg(x::text || e.entries, ',' order by x.id) from check_in x
          cross join lateral (select coalesce(string_agg(y::text, ',' order by y.id), '') as entries from check_in_entry y where y.check_in_id = x.id) e
          where x.appraisal_id = $1)) as s`, [Number(appraisalId)]);
  return row?.s ?? '';
}

/** Moves the rating back in time, as if `days` had passed since it (the objection window, SPEC §4). */
export async function ageRating(app: TestApp, appraisalId: string, days: number): Promise<void> {
  await sqlOf(app).query(`update appraisal set assessed_at = assessed_at - make_interval(days => $2) where id = $1`, [Number(appraisalId), days]);
}

// ---- operations ------------------------------------------------------------------------------

export const APPRAISAL_FIELDS = `id version status workResultRating behaviorRating predicate ruleSet
  planSubmittedAt planAgreedAt selfAssessedAt assessedAt finalizedAt objectionDeadline objectionDaysLeft selfComment
  awaitingParty nextStep
  employee { nip name } cycle { code } assessedBy { nip } rater { name positionTitle } planAgreedBy { name }
  ratingOfficial { name positionTitle } objectionDecider { name positionTitle }
  targets { id ordinal kind description indicator aspect targetValue unit realisation evidenceUrl supervisorFeedback
    supports { id description indicator employee { name positionTitle } } }
  behaviors { value label expectation rating }
  planReturns { comment createdAt returnedBy { name positionTitle } }
  checkIns { id period note answer answeredAt answeredBy { name } entries { targetId realisation evidenceUrl } }
  competencies { competency { code } requiredLevel selfLevel supervisorLevel assessedLevel gap }
  competencyAssessments { raterRole level competency { code } rater { nip } }
  feedback { body author { nip } writer { name positionTitle } }
  objection { reason outcome decisionNote decidedBy { nip } decider { name positionTitle } }`;

const ERRORS = 'userErrors { field code message }';

/** Every operation, selecting `fields` of the appraisal (the full view, or a light one for bulk tests). */
function operations(fields: string) {
  return {
    create: `mutation($input: AppraisalCreateInput!) { appraisalCreate(input: $input) { appraisal { ${fields} } ${ERRORS} } }`,
    targetAdd: `mutation($input: AppraisalTargetAddInput!) { appraisalTargetAdd(input: $input) { target { id ordinal } appraisal { ${fields} } ${ERRORS} } }`,
    targetUpdate: `mutation($input: AppraisalTargetUpdateInput!) { appraisalTargetUpdate(input: $input) { target { id description targetValue } appraisal { ${fields} } ${ERRORS} } }`,
    targetRemove: `mutation($input: AppraisalTargetRemoveInput!) { appraisalTargetRemove(input: $input) { appraisal { ${fields} } ${ERRORS} } }`,
    planSubmit: `mutation($input: AppraisalPlanSubmitInput!) { appraisalPlanSubmit(input: $input) { appraisal { ${fields} } ${ERRORS} } }`,
    planAgree: `mutation($input: AppraisalPlanAgreeInput!) { appraisalPlanAgree(input: $input) { appraisal { ${fields} } ${ERRORS} } }`,
    planReturn: `mutation($input: AppraisalPlanReturnInput!) { appraisalPlanReturn(input: $input) { appraisal { ${fields} } ${ERRORS} } }`,
    planRevise: `mutation($input: AppraisalPlanReviseInput!) { appraisalPlanRevise(input: $input) { appraisal { ${fields} } ${ERRORS} } }`,
    checkInSubmit: `mutation($input: CheckInSubmitInput!) { checkInSubmit(input: $input) { checkIn { id period } appraisal { ${fields} } ${ERRORS} } }`,
    checkInAnswer: `mutation($input: CheckInAnswerInput!) { checkInAnswer(input: $input) { checkIn { id answer } appraisal { ${fields} } ${ERRORS} } }`,
    selfAssess: `mutation($input: AppraisalSelfAssessInput!) { appraisalSelfAssess(input: $input) { appraisal { ${fields} } ${ERRORS} } }`,
    assess: `mutation($input: AppraisalAssessInput!) { appraisalAssess(input: $input) { appraisal { ${fields} } ${ERRORS} } }`,
    feedbackAdd: `mutation($input: AppraisalFeedbackAddInput!) { appraisalFeedbackAdd(input: $input) { feedback { body } appraisal { ${fields} } ${ERRORS} } }`,
    objectionFile: `mutation($input: ObjectionFileInput!) { objectionFile(input: $input) { objection { reason filedAt } appraisal { ${fields} } ${ERRORS} } }`,
    objectionDecide: `mutation($input: ObjectionDecideInput!) { objectionDecide(input: $input) { objection { outcome decisionNote } appraisal { ${fields} } ${ERRORS} } }`,
    finalize: `mutation($input: AppraisalFinalizeInput!) { appraisalFinalize(input: $input) { appraisal { ${fields} } ${ERRORS} } }`,
    cycleCreate: `mutation($input: CycleCreateInput!) { cycleCreate(input: $input) { cycle { id code status startMonth endMonth } ${ERRORS} } }`,
    cycleOpen: `mutation($input: CycleOpenInput!) { cycleOpen(input: $input) { cycle { id code status } ${ERRORS} } }`,
    cycleClose: `mutation($input: CycleCloseInput!) { cycleClose(input: $input) { cycle { id code status } ${ERRORS} } }`,
    read: `query($id: ID!) { appraisal(id: $id) { ${fields} } }`,
  } as const;
}

export const OPS = operations(APPRAISAL_FIELDS);
/** The same operations selecting only what driving the workflow needs: fast enough for bulk tests. */
export const LIGHT_OPS = operations('id version status predicate targets { id }');
export type Op = keyof typeof OPS;

export interface UserErrorRow { field: string[] | null; code: string; message: string }

export interface AppraisalView {
  id: string;
  version: number;
  status: AppraisalStatus;
  workResultRating: Rating | null;
  behaviorRating: Rating | null;
  predicate: string | null;
  ruleSet: string | null;
  assessedAt: string | null;
  finalizedAt: string | null;
  objectionDeadline: string | null;
  planSubmittedAt: string | null;
  planAgreedAt: string | null;
  objectionDaysLeft: number | null;
  awaitingParty: string | null;
  nextStep: string;
  rater: { name: string; positionTitle: string | null } | null;
  planAgreedBy: { name: string } | null;
  ratingOfficial: { name: string; positionTitle: string | null } | null;
  objectionDecider: { name: string; positionTitle: string | null } | null;
  behaviors: { value: string; label: string; expectation: string | null; rating: string | null }[];
  planReturns: { comment: string; createdAt: string; returnedBy: { name: string; positionTitle: string | null } | null }[];
  checkIns: { id: string; period: string; note: string | null; answer: string | null; answeredAt: string | null; answeredBy: { name: string } | null; entries: { targetId: string; realisation: number; evidenceUrl: string | null }[] }[];
  selfAssessedAt: string | null;
  selfComment: string | null;
  employee: { nip: string; name: string };
  cycle: { code: string };
  assessedBy: { nip: string } | null;
  targets: {
    id: string; ordinal: number; kind: string; description: string; targetValue: number; realisation: number | null; evidenceUrl: string | null;
    supervisorFeedback: string | null; supports: { id: string; description: string; indicator: string; employee: { name: string; positionTitle: string | null } } | null;
  }[];
  competencies: { competency: { code: string }; requiredLevel: number | null; selfLevel: number | null; supervisorLevel: number | null; assessedLevel: number | null; gap: number | null }[];
  competencyAssessments: { raterRole: string; level: number; competency: { code: string }; rater: { nip: string } | null }[];
  feedback: { body: string; author: { nip: string } | null; writer: { name: string; positionTitle: string | null } | null }[];
  objection: { reason: string; outcome: string | null; decisionNote: string | null; decidedBy: { nip: string } | null; decider: { name: string; positionTitle: string | null } | null } | null;
}

export interface MutationResult {
  appraisal: AppraisalView | null;
  userErrors: UserErrorRow[];
  [other: string]: unknown;
}

/** Runs a mutation and returns its payload (the one top-level field); throws on top-level errors. */
export async function mutate(app: TestApp, op: Op, input: Record<string, unknown>, as: string, options: { light?: boolean } = {}): Promise<MutationResult> {
  const data = await app.execute<Record<string, MutationResult>>((options.light ? LIGHT_OPS : OPS)[op], { input }, { as });
  return Object.values(data)[0]!;
}

/** Like `mutate`, but the mutation must succeed; returns the appraisal. */
export async function ok(app: TestApp, op: Op, input: Record<string, unknown>, as: string, options: { light?: boolean } = {}): Promise<AppraisalView> {
  const result = await mutate(app, op, input, as, options);
  expect(result.userErrors, `${op} as ${as}`).toEqual([]);
  return result.appraisal!;
}

/** The employee, supervisor and supervisor's supervisor account of each test chain. */
export const CHAINS = {
  kdi: { employee: 'staff.kdi', nip: PEOPLE.kdi.staff, supervisor: 'kabid.kdi', decider: 'kadis.kdi' },
  pauh: { employee: 'guru.pauh', nip: PEOPLE.pauh.guru, supervisor: 'kabid.pauh', decider: 'kadis.pauh' },
} as const;

/** TARGETED: one target, not submitted; SUBMITTED: waiting for agreement; PLANNED: plan agreed. */
export type Stage = 'DRAFT' | 'TARGETED' | 'SUBMITTED' | 'PLANNED' | 'SELF_ASSESSED' | 'ASSESSED' | 'OBJECTED';

/** A rating for each of the seven BerAKHLAK values. */
export function allBehaviors(rating: Rating = 'MEETS'): { value: string; rating: Rating }[] {
  return BEHAVIOR_VALUES.map((value) => ({ value, rating }));
}

/** Drives a new appraisal of a chain's employee to `until`, each step by the right person. */
export async function drive(
  app: TestApp,
  chain: keyof typeof CHAINS,
  cycleId: string,
  until: Stage,
  options: { light?: boolean; workResultRating?: Rating; behaviorRating?: Rating } = {},
): Promise<AppraisalView> {
  const who = CHAINS[chain];
  const o = { light: options.light ?? false };
  let a = await ok(app, 'create', { cycleId, employeeId: await employeeIdOf(app, who.nip) }, who.employee, o);
  if (until === 'DRAFT') return a;
  a = await ok(app, 'targetAdd', {
    appraisalId: a.id, version: a.version, description: 'Menyusun analisis jabatan', indicator: 'Dokumen selesai', aspect: 'QUANTITY', targetValue: 12, unit: 'dokumen',
  }, who.employee, o);
  if (until === 'TARGETED') return a;
  a = await ok(app, 'planSubmit', { appraisalId: a.id, version: a.version }, who.employee, o);
  if (until === 'SUBMITTED') return a;
  a = await ok(app, 'planAgree', { appraisalId: a.id, version: a.version }, who.supervisor, o);
  if (until === 'PLANNED') return a;
  a = await ok(app, 'selfAssess', {
    appraisalId: a.id, version: a.version, levels: await standardLevels(app, who.nip, 3),
    realisations: a.targets.map((t) => ({ targetId: t.id, realisation: 12 })), comment: 'Tercapai',
  }, who.employee, o);
  if (until === 'SELF_ASSESSED') return a;
  a = await ok(app, 'assess', {
    appraisalId: a.id, version: a.version, levels: await standardLevels(app, who.nip, 3),
    workResultRating: options.workResultRating ?? 'MEETS', behaviorRating: options.behaviorRating ?? 'MEETS',
    behaviors: allBehaviors(options.behaviorRating ?? 'MEETS'),
  }, who.supervisor, o);
  if (until === 'ASSESSED') return a;
  return ok(app, 'objectionFile', { appraisalId: a.id, version: a.version, reason: 'Keberatan' }, who.employee, o);
}

/** Drives a new appraisal of the KDI staff member to `until` (each step as the right person). */
export async function driveKdi(
  app: TestApp,
  cycleId: string,
  until: 'DRAFT' | 'PLANNED' | 'SELF_ASSESSED' | 'ASSESSED',
  ratings: { workResultRating: Rating; behaviorRating: Rating } = { workResultRating: 'MEETS', behaviorRating: 'MEETS' },
): Promise<AppraisalView> {
  return drive(app, 'kdi', cycleId, until, ratings);
}
