import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n } from '../i18n';
import { resetReference } from '../reference/use-reference';
import { trackPendingNavigation } from '../router-pending';
import { useAnalyticsFilters, useQueryParam, type AnalyticsFilters } from './use-analytics-filters';

const reference = {
  viewer: { username: 'pimpinan', role: 'LEADER', agency: { id: '1', code: 'KDI', name: 'Pemerintah Kota Kendari' }, employee: null },
  cycles: [
    { id: '1', code: '2024-TAHUNAN', name: 'Tahunan 2024', kind: 'ANNUAL', startMonth: '2024-01', endMonth: '2024-12', status: 'CLOSED' },
    { id: '2', code: '2025-TAHUNAN', name: 'Tahunan 2025', kind: 'ANNUAL', startMonth: '2025-01', endMonth: '2025-12', status: 'OPEN' },
  ],
  agencies: [
    { id: '1', code: 'KDI', name: 'Pemerintah Kota Kendari', kind: 'PEMDA', parentId: null, depth: 0 },
    { id: '2', code: 'KDI-BKD', name: 'BKPSDM', kind: 'BADAN', parentId: '1', depth: 1 },
  ],
  competencies: [],
};
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

let exposed: { filters: AnalyticsFilters; measure: ReturnType<typeof useQueryParam<string>> } | undefined;
const Page = defineComponent({
  setup() {
    exposed = { filters: useAnalyticsFilters(), measure: useQueryParam('ukuran', { allowed: ['gapRate', 'burden'], fallback: 'gapRate' }) };
    return () => h('div');
  },
});

const Other = { render: () => h('div') };

/** `other` is the page the reader leaves for; `otherPageCode` stands for its code still loading. */
async function mountAt(path: string, otherPageCode: Promise<typeof Other> = Promise.resolve(Other)) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/kesenjangan', name: 'gaps', component: Page },
      { path: '/lain', name: 'other', component: () => otherPageCode },
    ],
  });
  trackPendingNavigation(router);
  await router.push(path);
  mount({ render: () => h('div', [h(Page)]) }, { global: { plugins: [router, createAppI18n('id')] } });
  await flushPromises();
  return router;
}

afterEach(() => {
  vi.unstubAllGlobals();
  resetReference();
  exposed = undefined;
});

describe('useAnalyticsFilters', () => {
  it('fills the latest cycle and the viewer agency into the URL, then gives the API filter', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ data: reference })));
    const router = await mountAt('/kesenjangan?jabatan=FUNGSIONAL');
    expect(router.currentRoute.value.query).toEqual({ jabatan: 'FUNGSIONAL', periode: '2025-TAHUNAN', instansi: 'KDI' });
    expect(exposed!.filters.filter.value).toEqual({ cycleCode: '2025-TAHUNAN', agencyCode: 'KDI', positionTypes: ['FUNGSIONAL'] });
    expect(exposed!.filters.previousCycle.value?.code).toBe('2024-TAHUNAN');
  });

  it('gives an analyst whole agencies only, whatever the link says', async () => {
    const analyst = { ...reference, viewer: { ...reference.viewer, username: 'analis', role: 'ANALYST' } };
    vi.stubGlobal('fetch', vi.fn(async () => json({ data: analyst })));
    await mountAt('/kesenjangan?jabatan=FUNGSIONAL&status=PNS&kategori=MANAGERIAL');
    expect(exposed!.filters.filter.value).toEqual({ cycleCode: '2025-TAHUNAN', agencyCode: 'KDI', competencyCategories: ['MANAGERIAL'] });
  });

  it('writes a change as a new history entry and keeps page parameters', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ data: reference })));
    const router = await mountAt('/kesenjangan?periode=2024-TAHUNAN&instansi=KDI&ukuran=burden');
    expect(exposed!.measure.value).toBe('burden');
    await exposed!.filters.update({ agency: 'KDI-BKD' }, { kompetensi: 'M01' });
    expect(router.currentRoute.value.query).toEqual({ periode: '2024-TAHUNAN', instansi: 'KDI-BKD', ukuran: 'burden', kompetensi: 'M01' });
    expect(exposed!.filters.agency.value?.name).toBe('BKPSDM');
    router.back();
    await flushPromises();
    expect(router.currentRoute.value.query.instansi).toBe('KDI');
  });

  it('reads an unknown page parameter as its default and removes the key for the default', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ data: reference })));
    const router = await mountAt('/kesenjangan?periode=2025-TAHUNAN&instansi=KDI&ukuran=nonsense');
    expect(exposed!.measure.value).toBe('gapRate');
    exposed!.measure.value = 'gapRate';
    await flushPromises();
    expect(router.currentRoute.value.query.ukuran).toBeUndefined();
  });

  it('leaves a navigation to another page alone when the reference lists arrive while that page loads', async () => {
    // On a slow phone: the reader taps another page before the filters' lists are in; writing the
    // default filters into the URL then would cancel the tap and keep them here.
    let answer!: (response: Response) => void;
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((resolve) => { answer = resolve; })));
    let loaded!: (page: typeof Other) => void;
    const router = await mountAt('/kesenjangan', new Promise((resolve) => { loaded = resolve; }));
    const leaving = router.push('/lain');
    await flushPromises();
    answer(json({ data: reference }));
    await flushPromises();
    loaded(Other);
    await leaving;
    expect(router.currentRoute.value.fullPath).toBe('/lain');
  });

  it('asks nothing of the analytics API before the reference lists are in', async () => {
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => undefined)));
    await mountAt('/kesenjangan');
    expect(exposed!.filters.filter.value).toBeNull();
  });
});
