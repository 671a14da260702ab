import { toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery, type QueryState } from '../../graphql/use-query';
import { OverviewDocument, type AnalyticsFilter, type OverviewQuery } from '../../graphql/generated/graphql';

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
