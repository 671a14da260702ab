/*
 * Employment history from a dataset import (SPEC §2; Migration20261130170000_employment_history):
 * the dataset's cycles × the dataset's employees get a row each — where the employee stands now —
 * in one statement after the merges. Rows of a CLOSED cycle that exist already are kept as they are
 * (a re-import never rewrites a closed cycle's staff); rows of other cycles follow the employee (the
 * employee trigger has moved them already when the merge changed the employee).
 */
import type pg from 'pg';
import type { DatasetFileName } from '@kinerja/shared';

/** What each staged file names: cycles (by code) and employees (by NIP). */
const NAMED: Partial<Record<DatasetFileName, string>> = {
  'employees.csv': 'select null, s.nip from s',
  'cycles.csv': 'select s.code, null from s',
  'appraisals.csv': 'select s.cycle_code, s.nip from s',
};

/** Notes the cycles and employees the staged file `s` names (nothing for other files). */
export async function noteDatasetStaffing(client: pg.ClientBase, file: DatasetFileName): Promise<void> {
  const named = NAMED[file];
  if (!named) return;
  await client.query('create temp table if not exists import_staffing (cycle_code text, nip text) on commit drop');
  await client.query(`insert into import_staffing (cycle_code, nip) ${named}`);
}

/** One statement: the noted cycles × the noted employees into employment_history. */
export async function recordDatasetStaffing(client: pg.ClientBase): Promise<void> {
  const [noted] = (await client.query<{ present: boolean }>(`select to_regclass('pg_temp.import_staffing') is not null as present`)).rows;
  if (!noted?.present) return;
  await client.query(`
    insert into employment_history (cycle_id, employee_id, agency_id, position_id, active)
    select c.id, e.id, e.agency_id, e.position_id, e.active
    from cycle c
    cross join employee e
    where c.code in (select cycle_code from import_staffing where cycle_code is not null)
      and e.nip in (select nip from import_staffing where nip is not null)
      -- Rows already as they would be written are left out before the insert: ON CONFLICT would lock
      -- each (a write per row: 131k of 150k at 50,000 employees, where the appraisals' trigger wrote them).
      and not exists (select 1 from employment_history h where h.cycle_id = c.id and h.employee_id = e.id
        and (h.agency_id, h.position_id, h.active) is not distinct from (e.agency_id, e.position_id, e.active))
    on conflict (cycle_id, employee_id) do update
      set agency_id = excluded.agency_id, position_id = excluded.position_id, active = excluded.active
      where (employment_history.agency_id, employment_history.position_id, employment_history.active)
          is distinct from (excluded.agency_id, excluded.position_id, excluded.active)
        and not exists (select 1 from cycle closed where closed.id = employment_history.cycle_id and closed.status = 'CLOSED')`);
}
