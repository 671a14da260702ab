import { toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery, type QueryState } from '../../graphql/use-query';
import { useConnection, type ConnectionState } from '../../graphql/use-connection';
import {
  TalentBoxesDocument,
  TalentBoxMembersDocument,
  type AnalyticsFilter,
  type TalentBoxesQuery,
  type TalentBoxMembersQuery,
} from '../../graphql/generated/graphql';

export type TalentBoxesData = TalentBoxesQuery['talentBoxes'];
export type TalentBoxRow = TalentBoxesData['boxes'][number];
export type TalentMemberRow = TalentBoxMembersQuery['talentBoxes']['members']['nodes'][number];

/** Count and follow-up of each of the nine boxes in the filter's scope. */
export function useTalentBoxes(filter: MaybeRefOrGetter<AnalyticsFilter | null>): QueryState<TalentBoxesData> {
  return useQuery(
    TalentBoxesDocument,
    () => {
      const value = toValue(filter);
      return value ? { filter: value } : null;
    },
    (result) => result.talentBoxes,
  );
}

/** The people in one box, 50 at a time; nothing is asked without a box or for analysts. */
export function useTalentMembers(
  filter: MaybeRefOrGetter<AnalyticsFilter | null>,
  box: MaybeRefOrGetter<number | null>,
  enabled: MaybeRefOrGetter<boolean>,
): ConnectionState<TalentMemberRow> {
  return useConnection(
    TalentBoxMembersDocument,
    () => {
      const value = toValue(filter);
      const b = toValue(box);
      return value && b !== null && toValue(enabled) ? { filter: value, box: b, first: 50 } : null;
    },
    (result) => result.talentBoxes.members,
  );
}
