import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { CycleKind } from '@kinerja/shared';
import OverviewKpis from './OverviewKpis.vue';
import { createAppI18n } from '../../i18n';
import type { OverviewData } from './use-overview';

const point = (code: string, figures: Partial<OverviewData['analyticsSummary']>) => ({
  cycle: { id: code, code, name: code, startMonth: `${code.slice(0, 4)}-01` },
  cycleKind: CycleKind.ANNUAL,
  headcount: 34, appraisals: 32, finalized: 27, completionRate: 0.794118, fitIndex: 84.840202, gapRate: 0.348659,
  jp20Compliance: 0.5, selfSupervisorDiff: 0.640316, suppressed: false, predicateDistribution: null, ...figures,
});

function mountKpis(data: OverviewData) {
  return mount(OverviewKpis, {
    props: { data, loading: false, previousCycleName: '2024-TAHUNAN' },
    global: { plugins: [createAppI18n('id')] },
  });
}
const values = (wrapper: ReturnType<typeof mountKpis>) => wrapper.findAll('[data-testid="kpi-value"]').map((v) => v.text());

describe('OverviewKpis', () => {
  it('shows each headline figure with its change from the previous cycle', () => {
    const current = point('2025-TAHUNAN', {});
    const wrapper = mountKpis({
      analyticsSummary: current,
      trend: [point('2024-TAHUNAN', { completionRate: 0.882353, fitIndex: 81.159531 }), current],
    });
    expect(values(wrapper)).toEqual(['34', '79,4%', '84,8', '50%', '34,9%', '+0,64']);
    expect(wrapper.get('[data-testid="kpi-completionRate"] [data-testid="kpi-delta"]').text()).toContain('−8,8 poin');
    expect(wrapper.get('[data-testid="kpi-completionRate"]').text()).toContain('27 dari 34 pegawai sudah final');
  });

  it('says a small group is hidden, and a missing figure has no data, instead of showing 0', () => {
    const hidden = point('2025-TAHUNAN', {
      suppressed: true, headcount: null, appraisals: null, finalized: null, completionRate: null, fitIndex: null,
      gapRate: null, jp20Compliance: null, selfSupervisorDiff: null,
    });
    expect(values(mountKpis({ analyticsSummary: hidden, trend: [hidden] }))).toEqual(
      Array(6).fill('disembunyikan (kelompok < 5 orang)'),
    );
    const noFit = point('2025-TAHUNAN', { fitIndex: null });
    expect(values(mountKpis({ analyticsSummary: noFit, trend: [noFit] }))[2]).toBe('tidak ada data');
  });
});
