import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import AgencyHeadcountChart from './AgencyHeadcountChart.vue';
import { createAppI18n, type AppLocale } from '../../i18n';
import { agencyHeadcountsFixture } from './agency-headcounts.fixture';
import type { ChartOption } from '../../charts/echarts';

// ECharts needs a real canvas; the option itself is covered by agency-headcounts.option.test.ts.
// The stub records the dataset it was given so the test can see the data reached the chart.
const BaseChartStub = defineComponent({
  name: 'BaseChart',
  props: { option: { type: Object, required: true }, loading: Boolean, height: { type: String, default: '' } },
  setup(props) {
    return () => {
      const dataset = (props.option as ChartOption).dataset as { source: { name: string }[] };
      return h('div', { 'data-testid': 'chart' }, dataset.source.map((row) => row.name).join('|'));
    };
  },
});

interface Deferred {
  promise: Promise<Response>;
  resolve: (response: Response) => void;
}
function deferred(): Deferred {
  let resolve!: (response: Response) => void;
  const promise = new Promise<Response>((r) => (resolve = r));
  return { promise, resolve };
}
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function mountChart(locale: AppLocale = 'id') {
  return mount(AgencyHeadcountChart, {
    global: { plugins: [createAppI18n(locale)], stubs: { BaseChart: BaseChartStub } },
  });
}

const kpiValues = (wrapper: ReturnType<typeof mountChart>) =>
  wrapper.findAll('[data-testid="kpi-value"]').map((w) => w.text());

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('AgencyHeadcountChart', () => {
  it('asks the API for agency headcounts, shows loading, then the KPI figures and the chart', async () => {
    const pending = deferred();
    const fetchMock = vi.fn((_url: string, _init: RequestInit) => pending.promise);
    vi.stubGlobal('fetch', fetchMock);

    const wrapper = mountChart('id');
    expect(wrapper.text()).toContain('Memuat data…');
    expect(wrapper.find('[data-testid="chart"]').exists()).toBe(false);

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
    const body = JSON.parse(String(init.body)) as { query: string; operationName: string };
    expect(body.operationName).toBe('AgencyHeadcounts');
    expect(body.query).toMatch(/agencies\s*\{[^}]*headcount[^}]*directHeadcount/);

    pending.resolve(json({ data: { agencies: agencyHeadcountsFixture } }));
    await flushPromises();

    expect(wrapper.text()).not.toContain('Memuat data…');
    // 1 250 + 1 630 employees, Indonesian grouping; 2 pemda; 5 perangkat daerah with 2 units below.
    expect(kpiValues(wrapper)).toEqual(['2.880', '2', '5']);
    expect(wrapper.text()).toContain('Dengan 2 unit kerja di bawahnya');
    expect(wrapper.get('[data-testid="chart"]').text()).toBe(
      'Kabupaten Kupang|Dinas Pendidikan|Sekretariat Daerah|Kota Kendari|Dinas Kesehatan|Dinas Pendidikan|Badan Kepegawaian Daerah',
    );
  });

  it('formats the figures for English when English is chosen', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ data: { agencies: agencyHeadcountsFixture } })));
    const wrapper = mountChart('en');
    await flushPromises();
    expect(kpiValues(wrapper)).toEqual(['2,880', '2', '5']);
    expect(wrapper.text()).toContain('Active employees');
  });

  it('says so when there are no agencies yet', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ data: { agencies: [] } })));
    const wrapper = mountChart();
    await flushPromises();
    expect(wrapper.find('[data-state="empty"]').text()).toContain('Belum ada data instansi.');
    expect(kpiValues(wrapper)).toEqual(['0', '0', '0']);
    expect(wrapper.find('[data-testid="chart"]').exists()).toBe(false);
  });

  it('shows the GraphQL error in words and loads again on "Coba lagi"', async () => {
    const fetchMock = vi
      .fn<(url: string, init: RequestInit) => Promise<Response>>()
      .mockResolvedValueOnce(json({ errors: [{ message: 'Not authorised' }], data: null }))
      .mockResolvedValueOnce(json({ data: { agencies: agencyHeadcountsFixture } }));
    vi.stubGlobal('fetch', fetchMock);

    const wrapper = mountChart();
    await flushPromises();
    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Data tidak dapat dimuat.');
    expect(alert.text()).toContain('Not authorised');
    expect(kpiValues(wrapper)).toEqual(['—', '—', '—']);

    await alert.get('button').trigger('click');
    await flushPromises();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(kpiValues(wrapper)[0]).toBe('2.880');
  });

  it('reports an unreachable server as an error, not as an empty dashboard', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('Bad Gateway', { status: 502, statusText: 'Bad Gateway' })));
    const wrapper = mountChart();
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('HTTP 502 Bad Gateway');
  });
});
