import { toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery, type QueryState } from '../../graphql/use-query';
import { useConnection, type ConnectionState } from '../../graphql/use-connection';
import {
  TrainingEffectivenessDocument,
  TrainingEffectMembersDocument,
  type AnalyticsFilter,
  type TrainingEffectivenessQuery,
  type TrainingEffectMembersQuery,
} from '../../graphql/generated/graphql';

export type TrainingEffectRow = TrainingEffectivenessQuery['trainingEffectiveness'][number];
export type TrainingEffectMemberRow = TrainingEffectMembersQuery['trainingEffectMembers']['nodes'][number];

/** Training effectiveness of every programme with trained cohort members in the filter's scope. */
export function useTrainingEffectiveness(filter: MaybeRefOrGetter<AnalyticsFilter | null>): QueryState<TrainingEffectRow[]> {
  return useQuery(
    TrainingEffectivenessDocument,
    () => {
      const value = toValue(filter);
      return value ? { filter: value } : null;
    },
    (result) => result.trainingEffectiveness,
  );
}

/** The trained people of one programme, 50 at a time; nothing is asked without a programme or the right to names. */
export function useTrainingEffectMembers(
  filter: MaybeRefOrGetter<AnalyticsFilter | null>,
  programCode: MaybeRefOrGetter<string | null>,
  enabled: MaybeRefOrGetter<boolean>,
): ConnectionState<TrainingEffectMemberRow> {
  return useConnection(
    TrainingEffectMembersDocument,
    () => {
      const value = toValue(filter);
      const code = toValue(programCode);
      return value && code && toValue(enabled) ? { filter: value, programCode: code, first: 50 } : null;
    },
    (result) => result.trainingEffectMembers,
  );
}
