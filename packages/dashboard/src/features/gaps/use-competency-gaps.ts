import { toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery, type QueryState } from '../../graphql/use-query';
import { useConnection, type ConnectionState } from '../../graphql/use-connection';
import {
  CompetencyGapsDocument,
  GapEmployeesDocument,
  type AnalyticsFilter,
  type CompetencyGapsQuery,
  type GapEmployeesQuery,
  type GapGrouping,
} from '../../graphql/generated/graphql';

export type CompetencyGapRow = CompetencyGapsQuery['competencyGaps'][number];
export type GapEmployeeRow = GapEmployeesQuery['gapEmployees']['nodes'][number];

/** Gap figures of the filter's scope, per competency or per child agency × competency. */
export function useCompetencyGaps(
  filter: MaybeRefOrGetter<AnalyticsFilter | null>,
  groupBy: GapGrouping,
): QueryState<CompetencyGapRow[]> {
  return useQuery(
    CompetencyGapsDocument,
    () => {
      const value = toValue(filter);
      return value ? { filter: value, groupBy } : null;
    },
    (result) => result.competencyGaps,
  );
}

/** People with a gap in one competency, 50 at a time; nothing is asked without a competency. */
export function useGapEmployees(
  filter: MaybeRefOrGetter<AnalyticsFilter | null>,
  competencyCode: MaybeRefOrGetter<string | null>,
  enabled: MaybeRefOrGetter<boolean>,
): ConnectionState<GapEmployeeRow> {
  return useConnection(
    GapEmployeesDocument,
    () => {
      const value = toValue(filter);
      const code = toValue(competencyCode);
      return value && code && toValue(enabled) ? { filter: value, competencyCode: code, first: 50 } : null;
    },
    (result) => result.gapEmployees,
  );
}
