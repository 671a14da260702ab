import { computed, watch, type ComputedRef } from 'vue';
import { useRoute, useRouter, type LocationQueryRaw, type RouteRecordNameGeneric, type Router } from 'vue-router';
import type { AnalyticsFilter } from '../graphql/generated/graphql';
import { pendingNavigation } from '../router-pending';
import { canNarrowByPeople } from '../features/session/permissions';
import { useReference, type Reference, type ReferenceAgency, type ReferenceCycle } from '../reference/use-reference';
import {
  parseFilterQuery,
  resolveFilterState,
  toAnalyticsFilter,
  withFilters,
  type AnalyticsFilterState,
  type FilterDefaults,
} from './analytics-filters';

export interface AnalyticsFilters {
  /** The filters in force: the URL's, with the latest cycle and the default agency filled in. */
  state: ComputedRef<AnalyticsFilterState | null>;
  /** The API's filter input; null until the reference data is loaded. */
  filter: ComputedRef<AnalyticsFilter | null>;
  cycle: ComputedRef<ReferenceCycle | null>;
  /** The cycle before the chosen one, for "change from the previous cycle". */
  previousCycle: ComputedRef<ReferenceCycle | null>;
  agency: ComputedRef<ReferenceAgency | null>;
  reference: Reference;
  /** Change filters (and page parameters) in the URL: a new history entry, so Back undoes it. */
  update(patch: Partial<AnalyticsFilterState>, extra?: Record<string, string | null | undefined>): Promise<unknown>;
  /** Clear position type, employment type and competency category. */
  resetNarrowings(): Promise<unknown>;
}

/**
 * Whether the reader is on page `own` and not on the way to another: while a navigation elsewhere is
 * under way (its page's code may still be loading on a slow phone), rewriting the URL here would
 * cancel it and keep the reader on this page.
 */
function staysOn(router: Router, current: RouteRecordNameGeneric, own: RouteRecordNameGeneric): boolean {
  const going = pendingNavigation(router);
  return current === own && (going === undefined || going.name === own);
}

/**
 * The analytics filters of the current page, read from and written to `route.query`. One instance per
 * page; every chart of the page takes `filter` so they all show the same cycle × agency subtree.
 */
export function useAnalyticsFilters(): AnalyticsFilters {
  const route = useRoute();
  const router = useRouter();
  const reference = useReference();
  // The page that created the filters; while the router moves to another page, this one stays quiet.
  const ownRoute = route.name;
  const onOwnRoute = () => staysOn(router, route.name, ownRoute);

  const defaults = computed<FilterDefaults | null>(() => {
    const data = reference.data.value;
    const tree = reference.tree.value;
    if (!data || !tree) return null;
    const viewerAgency = data.viewer?.agency?.code;
    return {
      cycles: data.cycles.map((c) => c.code),
      agencies: data.agencies.map((a) => a.code),
      defaultAgency: viewerAgency && tree.byCode.has(viewerAgency) ? viewerAgency : (tree.roots[0]?.code ?? null),
    };
  });

  // An analyst's link may carry position or employment types; the API refuses them to analysts.
  const requested = computed(() => {
    const asked = parseFilterQuery(route.query);
    return canNarrowByPeople(reference.data.value?.viewer?.role) ? asked : { ...asked, positionTypes: [], employmentTypes: [] };
  });
  const state = computed(() => (defaults.value ? resolveFilterState(requested.value, defaults.value) : null));
  const filter = computed(() => (state.value ? toAnalyticsFilter(state.value) : null));

  // The address always names the cycle and agency shown, so that a copied link still shows the same
  // view after a new cycle has opened.
  watch(
    state,
    (now) => {
      if (!now || !onOwnRoute()) return;
      const asked = requested.value;
      if (now.cycle !== asked.cycle || now.agency !== asked.agency) {
        void router.replace({ query: withFilters(route.query, { cycle: now.cycle, agency: now.agency }) });
      }
    },
    { immediate: true },
  );

  const cycles = computed(() => reference.data.value?.cycles ?? []);
  const cycleIndex = computed(() => cycles.value.findIndex((c) => c.code === state.value?.cycle));
  const cycle = computed(() => cycles.value[cycleIndex.value] ?? null);
  const previousCycle = computed(() => (cycleIndex.value > 0 ? (cycles.value[cycleIndex.value - 1] ?? null) : null));
  const agency = computed(() => {
    const code = state.value?.agency;
    return code ? (reference.tree.value?.byCode.get(code) ?? null) : null;
  });

  function update(patch: Partial<AnalyticsFilterState>, extra: Record<string, string | null | undefined> = {}) {
    if (!onOwnRoute()) return Promise.resolve();
    return router.push({ query: withFilters(route.query, patch, extra) });
  }

  return {
    state,
    filter,
    cycle,
    previousCycle,
    agency,
    reference,
    update,
    resetNarrowings: () => update({ positionTypes: [], employmentTypes: [], competencyCategories: [] }),
  };
}

/**
 * A page parameter kept in the URL beside the filters (the heatmap's measure, the chosen competency,
 * the chosen 9-box cell). Unknown values read as the default; setting the default removes the key.
 */
export function useQueryParam<T extends string>(
  key: string,
  options: { allowed?: readonly T[]; fallback: T | null; replace?: boolean },
) {
  const route = useRoute();
  const router = useRouter();
  const ownRoute = route.name;
  return computed<T | null>({
    get() {
      const raw = route.query[key];
      const value = Array.isArray(raw) ? raw[0] : raw;
      if (typeof value !== 'string' || value === '') return options.fallback;
      if (options.allowed && !options.allowed.includes(value as T)) return options.fallback;
      return value as T;
    },
    set(value) {
      if (!staysOn(router, route.name, ownRoute)) return;
      const query: LocationQueryRaw = withFilters(route.query, {}, { [key]: value === options.fallback ? null : value });
      void (options.replace ? router.replace({ query }) : router.push({ query }));
    },
  });
}
