// Test helpers for the BKD console: a Kendari season whose dates sit relative to today, its people,
// and a shortcut that moves an appraisal created by cycleOpen through the workflow over GraphQL.
import { Role } from '@kinerja/shared';
import type { TestApp } from '../../testing/test-app.js';
import { sqlRows } from '../agency/reference-write.testing.js';
import { allBehaviors, ok, standardLevels } from '../appraisal/appraisal.testing.js';

/** `YYYY-MM` of the month `n` months from now (negative: ago). */
export function monthFromNow(n: number, now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + n, 1));
  return d.toISOString().slice(0, 7);
}

/**
 * Kendari's BKD, Bidang Mutasi (fixtures/small/employees.csv): the kepala BKD, the kepala bidang who
 * supervises the others, and four of his reports.
 */
export const MUT = {
  kadis: { nip: '197410281995051001', name: 'Taufik Hidayat', account: 'kadis.kdi' },
  kabid: { nip: '199708162024041001', name: 'Ahmad Hidayat', account: 'kabid.kdi' },
  staff: [
    { nip: '197706101998031001', name: 'Rahmat Tanjung', account: 'rahmat.kdi' },
    { nip: '198704132015012001', name: 'Kartika Wijaya', account: 'kartika.kdi' },
    { nip: '199401252021042001', name: 'Wa Ode Lado', account: 'waode.kdi' },
    { nip: '199004102012011001', name: 'Yohanes Halim', account: 'yohanes.kdi' },
  ],
} as const;

export async function addSeasonAccounts(app: TestApp): Promise<void> {
  await app.addUser('hr.kdi', Role.HR_ADMIN, { agencyCode: 'KDI', email: 'bkd@kendarikota.go.id' });
  await app.addUser('hr.pauh', Role.HR_ADMIN, { agencyCode: 'PAUH' });
  await app.addUser(MUT.kadis.account, Role.SUPERVISOR, { employeeNip: MUT.kadis.nip, email: 'taufik.hidayat@kendarikota.go.id' });
  await app.addUser(MUT.kabid.account, Role.SUPERVISOR, { employeeNip: MUT.kabid.nip, email: 'ahmad.hidayat@kendarikota.go.id' });
  for (const s of MUT.staff) await app.addUser(s.account, Role.EMPLOYEE, { employeeNip: s.nip });
}

/** The appraisal of an employee in a cycle: id and version. */
export async function appraisalOf(app: TestApp, cycleId: string, nip: string): Promise<{ id: string; version: number }> {
  const [row] = await sqlRows<{ id: number; version: number }>(app,
    'select a.id, a.version from appraisal a join employee e on e.id = a.employee_id where a.cycle_id = $1 and e.nip = $2', [cycleId, nip]);
  if (!row) throw new Error(`no appraisal of ${nip} in cycle ${cycleId}`);
  return { id: String(row.id), version: row.version };
}

export type SeasonStage = 'SUBMITTED' | 'PLANNED' | 'SELF_ASSESSED' | 'ASSESSED';

/** Moves an appraisal that cycleOpen created to `until`, each step by its own person (employee, then supervisor). */
export async function advance(app: TestApp, cycleId: string, person: { nip: string; account: string }, until: SeasonStage): Promise<void> {
  const light = { light: true };
  let a = await appraisalOf(app, cycleId, person.nip) as { id: string; version: number; targets?: { id: string }[] };
  a = await ok(app, 'targetAdd', {
    appraisalId: a.id, version: a.version, description: 'Layanan mutasi pegawai', indicator: 'Usulan diproses', aspect: 'QUANTITY', targetValue: 40, unit: 'usulan',
  }, person.account, light);
  a = await ok(app, 'planSubmit', { appraisalId: a.id, version: a.version }, person.account, light);
  if (until === 'SUBMITTED') return;
  a = await ok(app, 'planAgree', { appraisalId: a.id, version: a.version }, MUT.kabid.account, light);
  if (until === 'PLANNED') return;
  await ok(app, 'selfAssess', {
    appraisalId: a.id, version: a.version, levels: await standardLevels(app, person.nip, 3),
    realisations: a.targets!.map((t) => ({ targetId: t.id, realisation: 40 })),
  }, person.account, light);
  if (until === 'SELF_ASSESSED') return;
  await rate(app, cycleId, person);
}

/** The supervisor (the kepala bidang) rates a self-assessed appraisal. */
export async function rate(app: TestApp, cycleId: string, person: { nip: string }): Promise<void> {
  const a = await appraisalOf(app, cycleId, person.nip);
  await ok(app, 'assess', {
    appraisalId: a.id, version: a.version, levels: await standardLevels(app, person.nip, 3), workResultRating: 'MEETS', behaviorRating: 'MEETS',
    behaviors: allBehaviors('MEETS'),
  }, MUT.kabid.account, { light: true });
}

/** Creates and opens Kendari's cycle, from `startIn` to `endIn` months from now, as its HR admin. */
export async function openKendariSeason(app: TestApp, code: string, startIn: number, endIn: number): Promise<string> {
  const created = await app.execute<{ cycleCreate: { cycle: { id: string } } }>(
    'mutation($input: CycleCreateInput!) { cycleCreate(input: $input) { cycle { id } } }',
    { input: { code, name: code, kind: 'ANNUAL', startMonth: monthFromNow(startIn), endMonth: monthFromNow(endIn) } }, { as: 'hr.kdi' });
  const id = created.cycleCreate.cycle.id;
  await app.execute('mutation($input: CycleOpenInput!) { cycleOpen(input: $input) { cycle { id } } }', { input: { cycleId: id } }, { as: 'hr.kdi' });
  return id;
}
