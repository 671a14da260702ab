import { toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery, type QueryState } from '../../graphql/use-query';
import {
  AgencyResultDocument,
  OverviewDocument,
  TrendSeriesDocument,
  type AgencyResultQuery,
  type AnalyticsFilter,
  type CycleKind,
  type OverviewQuery,
} from '../../graphql/generated/graphql';

export type OverviewData = OverviewQuery;
export type OverviewSummary = OverviewQuery['analyticsSummary'];
export type OverviewTrendPoint = OverviewQuery['trend'][number];

/** Headline figures of the filter's cycle and agency subtree, and the trend of its kind up to that cycle. */
export function useOverview(filter: MaybeRefOrGetter<AnalyticsFilter | null>): QueryState<OverviewData> {
  return useQuery(OverviewDocument, () => {
    const value = toValue(filter);
    return value ? { filter: value } : null;
  });
}

export type AgencyResultData = AgencyResultQuery['agencyResult'];

/**
 * The chosen agency's own predicate in the chosen cycle (null when none is recorded), which decides
 * the distribution pattern its predicates are checked against.
 */
export function useAgencyResult(filter: MaybeRefOrGetter<AnalyticsFilter | null>): QueryState<AgencyResultData> {
  return useQuery(AgencyResultDocument, () => {
    const value = toValue(filter);
    return value?.cycleCode && value.agencyCode ? { cycleCode: value.cycleCode, agencyCode: value.agencyCode } : null;
  }, (result) => result.agencyResult);
}

/**
 * The trend series of another cycle kind (`kind`; null: none is asked for, the overview's own trend
 * is the chosen cycle's kind): annual and semester cycles are separate series.
 */
export function useTrendSeries(
  filter: MaybeRefOrGetter<AnalyticsFilter | null>,
  kind: MaybeRefOrGetter<CycleKind | null>,
): QueryState<OverviewTrendPoint[]> {
  return useQuery(TrendSeriesDocument, () => {
    const value = toValue(filter);
    const cycleKind = toValue(kind);
    return value && cycleKind ? { filter: value, cycleKind } : null;
  }, (result) => result.trend);
}
