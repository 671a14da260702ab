import { describe, expect, it } from 'vitest';
import {
  activeNarrowings,
  parseFilterQuery,
  resolveFilterState,
  toAnalyticsFilter,
  withFilters,
  type FilterDefaults,
} from './analytics-filters';

const defaults: FilterDefaults = {
  cycles: ['2024-TAHUNAN', '2025-TAHUNAN'],
  agencies: ['KDI', 'KDI-BKD', 'PAUH'],
  defaultAgency: 'KDI',
};

describe('parseFilterQuery', () => {
  it('reads codes and comma-separated lists, keeping only known values in canonical order', () => {
    const state = parseFilterQuery({
      periode: '2024-TAHUNAN',
      instansi: 'KDI-BKD',
      jabatan: 'pelaksana,FUNGSIONAL,NOPE',
      status: ['PPPK'],
      kategori: '',
    });
    expect(state).toEqual({
      cycle: '2024-TAHUNAN',
      agency: 'KDI-BKD',
      positionTypes: ['PELAKSANA', 'FUNGSIONAL'],
      employmentTypes: ['PPPK'],
      competencyCategories: [],
    });
  });

  it('gives empty filters for an empty URL', () => {
    expect(parseFilterQuery({})).toEqual({
      cycle: null, agency: null, positionTypes: [], employmentTypes: [], competencyCategories: [],
    });
  });
});

describe('resolveFilterState', () => {
  it('defaults to the latest cycle and the viewer agency', () => {
    const state = resolveFilterState(parseFilterQuery({}), defaults);
    expect([state.cycle, state.agency]).toEqual(['2025-TAHUNAN', 'KDI']);
  });

  it('keeps what the URL names when it exists, replaces what does not', () => {
    expect(resolveFilterState(parseFilterQuery({ periode: '2024-TAHUNAN', instansi: 'PAUH' }), defaults))
      .toMatchObject({ cycle: '2024-TAHUNAN', agency: 'PAUH' });
    expect(resolveFilterState(parseFilterQuery({ periode: '1999', instansi: 'MLF' }), defaults))
      .toMatchObject({ cycle: '2025-TAHUNAN', agency: 'KDI' });
  });
});

describe('toAnalyticsFilter', () => {
  it('sends only the narrowings that are set', () => {
    const state = resolveFilterState(parseFilterQuery({ jabatan: 'FUNGSIONAL', status: 'PNS' }), defaults);
    expect(toAnalyticsFilter(state)).toEqual({
      cycleCode: '2025-TAHUNAN', agencyCode: 'KDI', positionTypes: ['FUNGSIONAL'], employmentTypes: ['PNS'],
    });
    expect(activeNarrowings(state)).toBe(2);
  });

  it('asks nothing before a cycle and an agency are known', () => {
    expect(toAnalyticsFilter(parseFilterQuery({}))).toBeNull();
  });
});

describe('withFilters', () => {
  it('changes the given filters, keeps other parameters and drops emptied ones', () => {
    const query = { periode: '2025-TAHUNAN', instansi: 'KDI', jabatan: 'FUNGSIONAL', ukuran: 'burden' };
    expect(withFilters(query, { agency: 'KDI-BKD', positionTypes: [] }, { kompetensi: 'M01', ukuran: null })).toEqual({
      periode: '2025-TAHUNAN', instansi: 'KDI-BKD', kompetensi: 'M01',
    });
    expect(withFilters({}, { employmentTypes: ['PNS', 'PPPK'] })).toEqual({ status: 'PNS,PPPK' });
  });
});
