import { computed, shallowRef, toValue, type MaybeRefOrGetter } from 'vue';
import { request } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import {
  DevelopmentPlanItemRecommendDocument,
  TeamMemberDevelopmentDocument,
  type DevelopmentPlanItemRecommendInput,
  type TeamMemberDevelopmentQuery,
} from '../../graphql/generated/graphql';
import type { UserErrorLike } from '../appraisal/field-errors';

export type CatalogueProgram = TeamMemberDevelopmentQuery['trainingPrograms'][number];

/**
 * One direct report's development plan and the catalogue to recommend from, and the recommendation
 * itself: on success the plan is read again, so the new item shows where the supervisor is.
 */
export function useTeamDevelopment(employeeId: MaybeRefOrGetter<string | null>) {
  const query = useQuery(TeamMemberDevelopmentDocument, () => {
    const id = toValue(employeeId);
    return id ? { employeeId: id } : null;
  });
  const items = computed(() => (query.data.value ? query.data.value.employee?.developmentPlan ?? [] : null));
  const programs = computed(() => query.data.value?.trainingPrograms ?? []);
  const pending = shallowRef(false);

  /** Sends one recommendation; resolves to the API's refusals (empty: saved). */
  async function recommend(input: DevelopmentPlanItemRecommendInput): Promise<readonly UserErrorLike[]> {
    pending.value = true;
    try {
      const { userErrors } = (await request(DevelopmentPlanItemRecommendDocument, { input })).developmentPlanItemRecommend;
      if (userErrors.length === 0) await query.refetch();
      return userErrors;
    } finally {
      pending.value = false;
    }
  }

  return { items, programs, error: query.error, refetch: query.refetch, pending, recommend };
}
