import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { Employee } from './employee.entity.js';
import { SEARCH_MAX_LENGTH, searchCondition } from './employee.service.js';

const SEARCH = 'query($s: String) { employees(first: 100, filter: { search: $s }) { totalCount nodes { name } } }';
interface Found { employees: { totalCount: number; nodes: { name: string }[] } }

/** Names a person could type a wildcard into; inserted directly, since the API's name check is not the subject here. */
const ODD_NAMES = ['Budi_Santoso 50%', 'Sari\\Dewi', 'Putu 100 persen'];

describe('employee search', () => {
  let app: TestApp;
  const sql = (text: string, params: unknown[] = []) => app.orm.em.getConnection().execute(text, params);
  beforeAll(async () => {
    app = await createTestApp({ dataset: SMALL_DATASET });
    for (const [i, name] of ODD_NAMES.entries()) {
      await sql(`insert into employee (nip, name, employment_type, rank, position_id, agency_id)
        select ?, ?, employment_type, rank, position_id, agency_id from employee order by id limit 1`, [`99990101200001100${i}`, name]);
    }
  });
  afterAll(async () => app?.close());

  const names = async (search: string) => (await app.execute<Found>(SEARCH, { s: search })).employees.nodes.map((n) => n.name);

  it('takes %, _ and \\ literally', async () => {
    expect(await names('%')).toEqual(['Budi_Santoso 50%']);
    expect(await names('_')).toEqual(['Budi_Santoso 50%']);
    expect(await names('0%')).toEqual(['Budi_Santoso 50%']);
    expect(await names('\\')).toEqual(['Sari\\Dewi']);
    expect(await names('%_%')).toEqual([]);
    // Still a substring search, any case.
    expect(await names('I_sANT')).toEqual(['Budi_Santoso 50%']);
    expect(await names('persen')).toEqual(['Putu 100 persen']);
  });

  it('refuses a search longer than the cap, naming the field, before any SQL runs', async () => {
    const before = app.queryCount();
    const result = await app.run(SEARCH, { s: '%_'.repeat(45_000) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.search' });
    expect(result.errors?.[0]?.message).toMatch(`filter.search: at most ${SEARCH_MAX_LENGTH} characters`);
    expect(app.queryCount() - before).toBe(1); // the viewer's account, loaded by the context
    expect(await names('x'.repeat(SEARCH_MAX_LENGTH))).toEqual([]);
  });

  it('is served by the trigram index on the name and the prefix index on the NIP', async () => {
    // The small fixture fits in a page, so the planner would rightly scan it; forbid that to see
    // which indexes the search condition can use.
    const em = app.orm.em.fork();
    await em.transactional(async (tx) => {
      await tx.getConnection().execute('set local enable_seqscan = off', [], 'run', tx.getTransactionContext());
      const query = tx.createQueryBuilder(Employee, 'e').select('id').where(searchCondition('%_santoso')).getFormattedQuery();
      const plan = (await tx.getConnection().execute<{ 'QUERY PLAN': string }[]>(`explain ${query}`, [], 'all', tx.getTransactionContext()))
        .map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Bitmap Index Scan on employee_name_trgm_index/);
      expect(plan).toMatch(/Bitmap Index Scan on employee_nip_prefix_index/);
      expect(plan).not.toMatch(/Seq Scan/);
    });
  });
});
