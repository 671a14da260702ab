import { toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery, type QueryState } from '../../graphql/use-query';
import {
  AgencyComparisonDocument,
  RaterLeniencyDocument,
  type AgencyComparisonQuery,
  type AnalyticsFilter,
  type RaterLeniencyQuery,
} from '../../graphql/generated/graphql';

export type AgencyComparisonRow = AgencyComparisonQuery['agencyComparison'][number];
export type RaterLeniencyRow = RaterLeniencyQuery['raterLeniency']['nodes'][number];

/** The scope (SCOPE), each child agency's subtree (CHILD) and the agency's own employees (OWN). */
export function useAgencyComparison(filter: MaybeRefOrGetter<AnalyticsFilter | null>): QueryState<AgencyComparisonRow[]> {
  return useQuery(
    AgencyComparisonDocument,
    () => {
      const value = toValue(filter);
      return value ? { filter: value } : null;
    },
    (result) => result.agencyComparison,
  );
}

/** The raters of the scope, largest |difference| first (the first 100: a scope rarely has more). */
export function useRaterLeniency(
  filter: MaybeRefOrGetter<AnalyticsFilter | null>,
): QueryState<RaterLeniencyQuery['raterLeniency']> {
  return useQuery(
    RaterLeniencyDocument,
    () => {
      const value = toValue(filter);
      return value ? { filter: value, first: 100 } : null;
    },
    (result) => result.raterLeniency,
  );
}
