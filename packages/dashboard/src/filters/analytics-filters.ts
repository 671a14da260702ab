// The analytics filters live in the URL query, so a copied link reproduces the view. This module is
// the pure half: URL query ⇄ filter state ⇄ the API's AnalyticsFilter input. Codes, not ids, go in the
// URL: `?periode=2025-TAHUNAN&instansi=KDI-BKD&jabatan=FUNGSIONAL,PELAKSANA` reads as what it means.
import {
  COMPETENCY_CATEGORIES,
  EMPLOYMENT_TYPES,
  POSITION_TYPES,
  type CompetencyCategory,
  type EmploymentType,
  type PositionType,
} from '@kinerja/shared';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { AnalyticsFilter } from '../graphql/generated/graphql';

export interface AnalyticsFilterState {
  /** Cycle code, e.g. 2025-TAHUNAN. */
  cycle: string | null;
  /** Agency code of the subtree root, e.g. KDI. */
  agency: string | null;
  positionTypes: PositionType[];
  employmentTypes: EmploymentType[];
  competencyCategories: CompetencyCategory[];
}

/** URL query key of each filter (Indonesian: the links are shared by Indonesian officials). */
export const FILTER_QUERY_KEYS = {
  cycle: 'periode',
  agency: 'instansi',
  positionTypes: 'jabatan',
  employmentTypes: 'status',
  competencyCategories: 'kategori',
} as const satisfies Record<keyof AnalyticsFilterState, string>;

function single(query: LocationQuery, key: string): string | null {
  const raw = query[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function list<T extends string>(query: LocationQuery, key: string, allowed: readonly T[]): T[] {
  const raw = query[key];
  const values = (Array.isArray(raw) ? raw : [raw])
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : []))
    .map((v) => v.trim().toUpperCase());
  // Keep the canonical order so that equal selections make equal URLs (and one cached request).
  return allowed.filter((value) => values.includes(value));
}

export function parseFilterQuery(query: LocationQuery): AnalyticsFilterState {
  return {
    cycle: single(query, FILTER_QUERY_KEYS.cycle),
    agency: single(query, FILTER_QUERY_KEYS.agency),
    positionTypes: list(query, FILTER_QUERY_KEYS.positionTypes, POSITION_TYPES),
    employmentTypes: list(query, FILTER_QUERY_KEYS.employmentTypes, EMPLOYMENT_TYPES),
    competencyCategories: list(query, FILTER_QUERY_KEYS.competencyCategories, COMPETENCY_CATEGORIES),
  };
}

/**
 * The query with the given filters changed and every other parameter kept; an empty list or null
 * removes its key. `extra` sets or (with undefined/null) removes page parameters in the same step.
 */
export function withFilters(
  query: LocationQuery,
  patch: Partial<AnalyticsFilterState>,
  extra: Record<string, string | null | undefined> = {},
): LocationQueryRaw {
  const next: LocationQueryRaw = { ...query };
  const set = (key: string, value: string | null | undefined) => {
    if (value === null || value === undefined || value === '') delete next[key];
    else next[key] = value;
  };
  for (const [field, key] of Object.entries(FILTER_QUERY_KEYS) as [keyof AnalyticsFilterState, string][]) {
    if (!(field in patch)) continue;
    const value = patch[field];
    set(key, Array.isArray(value) ? value.join(',') : (value as string | null));
  }
  for (const [key, value] of Object.entries(extra)) set(key, value);
  return next;
}

export interface FilterDefaults {
  /** Cycle codes, oldest first (as the API lists them). */
  cycles: readonly string[];
  /** Agency codes the viewer can see. */
  agencies: readonly string[];
  /** The viewer's own agency, or the first top-level agency for an ADMIN. */
  defaultAgency: string | null;
}

/** Fills in the latest cycle and the default agency where the URL names none, or one that does not exist. */
export function resolveFilterState(state: AnalyticsFilterState, defaults: FilterDefaults): AnalyticsFilterState {
  const cycle = state.cycle && defaults.cycles.includes(state.cycle) ? state.cycle : (defaults.cycles.at(-1) ?? null);
  const agency = state.agency && defaults.agencies.includes(state.agency) ? state.agency : defaults.defaultAgency;
  return { ...state, cycle, agency };
}

/** The API's filter input; null until a cycle and an agency are known (nothing to ask yet). */
export function toAnalyticsFilter(state: AnalyticsFilterState): AnalyticsFilter | null {
  if (!state.cycle || !state.agency) return null;
  const filter: AnalyticsFilter = { cycleCode: state.cycle, agencyCode: state.agency };
  if (state.positionTypes.length > 0) filter.positionTypes = state.positionTypes;
  if (state.employmentTypes.length > 0) filter.employmentTypes = state.employmentTypes;
  if (state.competencyCategories.length > 0) filter.competencyCategories = state.competencyCategories;
  return filter;
}

/** How many of the optional narrowings are set (for the "reset" button and the summary line). */
export function activeNarrowings(state: AnalyticsFilterState): number {
  return [state.positionTypes, state.employmentTypes, state.competencyCategories].filter((l) => l.length > 0).length;
}
