import { toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery, type QueryState } from '../../graphql/use-query';
import { TrainingNeedsDocument, type AnalyticsFilter, type TrainingNeedsQuery } from '../../graphql/generated/graphql';

export type TrainingNeedsData = TrainingNeedsQuery['trainingNeeds'];
export type TrainingNeedRow = TrainingNeedsData['needs'][number];

/** Training needs per competency with a gap, and the 20 JP compliance, of the filter's scope. */
export function useTrainingNeeds(filter: MaybeRefOrGetter<AnalyticsFilter | null>): QueryState<TrainingNeedsData> {
  return useQuery(
    TrainingNeedsDocument,
    () => {
      const value = toValue(filter);
      return value ? { filter: value } : null;
    },
    (result) => result.trainingNeeds,
  );
}
