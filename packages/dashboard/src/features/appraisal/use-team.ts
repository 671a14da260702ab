import { computed } from 'vue';
import { useQuery } from '../../graphql/use-query';
import { TeamAppraisalsDocument, TeamCycleDocument } from '../../graphql/generated/graphql';

/** The appraisals of the supervisor's scope in the latest cycle they take part in. */
export function useTeamAppraisals() {
  const cycle = useQuery(TeamCycleDocument, {});
  const cycleId = computed(() => cycle.data.value?.appraisals.nodes[0]?.cycle.id ?? null);
  const team = useQuery(TeamAppraisalsDocument, () => (cycleId.value ? { cycleId: cycleId.value } : null));
  return {
    nodes: computed(() => team.data.value?.appraisals.nodes ?? []),
    loading: computed(() => cycle.loading.value || team.loading.value || (!team.data.value && !cycle.error.value && !team.error.value && cycleId.value != null)),
    error: computed(() => cycle.error.value ?? team.error.value),
    empty: computed(() => cycle.data.value != null && cycleId.value == null),
  };
}
