import { toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery, type QueryState } from '../../graphql/use-query';
import {
  AgencyResultDocument,
  OverviewDocument,
  type AgencyResultQuery,
  type AnalyticsFilter,
  type OverviewQuery,
} from '../../graphql/generated/graphql';

export type OverviewData = OverviewQuery;
export type OverviewSummary = OverviewQuery['analyticsSummary'];
export type OverviewTrendPoint = OverviewQuery['trend'][number];

/** Headline figures of the filter's cycle and agency subtree, and the trend up to that cycle. */
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
