import { describe, expect, it } from 'vitest';
import { summarizeAgencyHeadcounts } from './agency-headcounts.summary';
import { agencyHeadcountsFixture } from './agency-headcounts.fixture';

describe('summarizeAgencyHeadcounts', () => {
  it('counts each employee once and each level of the tree', () => {
    expect(summarizeAgencyHeadcounts(agencyHeadcountsFixture)).toEqual({
      totalHeadcount: 1250 + 1630,
      regions: 2,
      agencies: 5,
      units: 2,
    });
  });

  it('sums the tops of a scoped subtree when the region is not visible', () => {
    const scoped = agencyHeadcountsFixture.filter((a) => ['10', '12', '120'].includes(a.id));
    expect(summarizeAgencyHeadcounts(scoped)).toEqual({ totalHeadcount: 420 + 745, regions: 0, agencies: 2, units: 1 });
  });

  it('is all zeros for no agencies', () => {
    expect(summarizeAgencyHeadcounts([])).toEqual({ totalHeadcount: 0, regions: 0, agencies: 0, units: 0 });
  });
});
