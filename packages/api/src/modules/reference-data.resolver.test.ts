import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMALL_DATASET } from '../common/testing/fixtures.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

interface AgencyRow { id: string; code: string; depth: number; parentId: string | null; headcount: number; directHeadcount: number }

describe('reference data over GraphQL (small fixture)', () => {
  let app: TestApp;
  beforeAll(async () => { app = await createTestApp({ dataset: SMALL_DATASET }); });
  afterAll(async () => app?.close());

  it('lists the agency tree, parents first, with subtree and direct headcounts', async () => {
    const { agencies } = await app.execute<{ agencies: AgencyRow[] }>(
      '{ agencies { id code depth parentId headcount directHeadcount } }');
    expect(agencies).toHaveLength(15);
    const byCode = new Map(agencies.map((a) => [a.code, a]));
    const roots = agencies.filter((a) => a.depth === 0);
    expect(roots.map((r) => r.code).sort()).toEqual(['KDI', 'MLF', 'PAUH', 'TJS']);
    // Every employee counted once under a root; a subtree's headcount is its direct plus its children's.
    expect(roots.reduce((s, r) => s + r.headcount, 0)).toBe(90);
    for (const agency of agencies) {
      const children = agencies.filter((a) => a.parentId === agency.id);
      expect(agency.headcount).toBe(agency.directHeadcount + children.reduce((s, c) => s + c.headcount, 0));
    }
    expect(byCode.get('KDI-BKD-MUT')?.parentId).toBe(byCode.get('KDI-BKD')?.id);
  });

  it('finds one agency by code with its children', async () => {
    const { agency } = await app.execute<{ agency: { name: string; children: { code: string }[] } }>(
      '{ agency(code: "KDI-BKD") { name children { code } } }');
    expect(agency.name).toMatch(/Badan Kepegawaian/);
    expect(agency.children.map((c) => c.code).sort()).toEqual(['KDI-BKD-MUT', 'KDI-BKD-PKP']);
    expect((await app.execute<{ agency: null }>('{ agency(code: "NOPE") { id } }')).agency).toBeNull();
  });

  it('serves competencies with national level descriptors, positions with standards, and cycles', async () => {
    const data = await app.execute<{
      competencies: { code: string; category: string; levels: { level: number; descriptor: string }[] }[];
      positions: { code: string; standard: { requiredLevel: number; competency: { code: string } }[] }[];
      cycles: { code: string; startMonth: string; endMonth: string }[];
    }>(`{ competencies { code category levels { level descriptor } }
          positions { code standard { requiredLevel competency { code } } }
          cycles { code startMonth endMonth } }`);
    const integritas = data.competencies.find((c) => c.code === 'M01')!;
    expect(integritas.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
    expect(data.competencies.find((c) => c.code === 'T-TIK')?.category).toBe('TECHNICAL');
    const kadis = data.positions.find((p) => p.code === 'JPT-KADIS')!;
    expect(kadis.standard.find((r) => r.competency.code === 'M01')?.requiredLevel).toBe(5);
    expect(data.cycles).toEqual([
      { code: '2024-TAHUNAN', startMonth: '2024-01', endMonth: '2024-12' },
      { code: '2025-TAHUNAN', startMonth: '2025-01', endMonth: '2025-12' },
    ]);
  });

  it('pages through employees of an agency subtree with filters and search', async () => {
    const query = `query($first: Int!, $after: String, $filter: EmployeeFilter) {
      employees(first: $first, after: $after, filter: $filter) {
        totalCount pageInfo { hasNextPage endCursor } nodes { nip name agency { code } position { positionType } }
      } }`;
    type Page = { employees: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { nip: string; name: string; agency: { code: string }; position: { positionType: string } }[] } };
    const first = await app.execute<Page>(query, { first: 10, filter: { agencyCode: 'KDI' } });
    const { agencies } = await app.execute<{ agencies: AgencyRow[] }>('{ agencies { id code depth parentId headcount directHeadcount } }');
    expect(first.employees.totalCount).toBe(agencies.find((a) => a.code === 'KDI')!.headcount);
    expect(first.employees.nodes.every((n) => n.agency.code.startsWith('KDI'))).toBe(true);
    const seen = new Set(first.employees.nodes.map((n) => n.nip));
    let page = first;
    while (page.employees.pageInfo.hasNextPage) {
      page = await app.execute<Page>(query, { first: 10, after: page.employees.pageInfo.endCursor, filter: { agencyCode: 'KDI' } });
      for (const n of page.employees.nodes) seen.add(n.nip);
    }
    expect(seen.size).toBe(first.employees.totalCount);

    const fungsional = await app.execute<Page>(query, { first: 100, filter: { positionTypes: ['FUNGSIONAL'] } });
    expect(fungsional.employees.nodes.every((n) => n.position.positionType === 'FUNGSIONAL')).toBe(true);
    const byNip = await app.execute<Page>(query, { first: 5, filter: { search: '19741028' } });
    expect(byNip.employees.nodes.map((n) => n.name)).toEqual(['Taufik Hidayat']);
    const byName = await app.execute<Page>(query, { first: 100, filter: { search: 'hidayat' } });
    expect(byName.employees.nodes.length).toBeGreaterThan(1);
    expect(byName.employees.nodes.every((n) => /hidayat/i.test(n.name))).toBe(true);
  });

  it('refuses a page larger than 100 and a forged cursor', async () => {
    const big = await app.run('{ employees(first: 101) { totalCount } }');
    expect(big.errors?.[0]?.message).toMatch(/first: must be between 1 and 100/);
    const forged = await app.run('{ employees(first: 5, after: "bm9wZQ") { totalCount } }');
    expect(forged.errors?.[0]?.message).toMatch(/after: not a cursor/);
  });

  it('refuses a query nested deeper than the limit before running it', async () => {
    const deep = `{ agencies { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } }`;
    const result = await app.run(deep);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });
});
