import { computed, shallowRef, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../graphql/use-query';
import { TeamCyclesDocument, type AnalyticsFilter, type TeamCyclesQuery } from '../../graphql/generated/graphql';
import { useCompetencyGaps } from '../gaps/use-competency-gaps';
import { useTalentBoxes } from '../talent/use-talent';

export type TeamCycle = TeamCyclesQuery['trend'][number];

/**
 * The aggregates of a supervisor's own team (their direct and indirect subordinates, `filter.team`):
 * competency gaps per competency and the 9-box, for one cycle. Without a choice, the latest cycle up
 * to the current one in which some of the team's appraisals are final (else the current cycle).
 */
export function useTeamAnalytics(currentCycle: MaybeRefOrGetter<string | null>) {
  const cycles = useQuery(TeamCyclesDocument, () => {
    const code = toValue(currentCycle);
    return code ? { cycleCode: code } : null;
  }, (result) => [...result.trend].reverse());
  const chosen = shallowRef<string | null>(null);
  const cycle = computed<string | null>(() => {
    const list = cycles.data.value;
    if (!list) return null;
    if (chosen.value && list.some((c) => c.cycle.code === chosen.value)) return chosen.value;
    return (list.find((c) => (c.finalized ?? 0) > 0) ?? list[0])?.cycle.code ?? null;
  });
  const filter = computed<AnalyticsFilter | null>(() => (cycle.value ? { cycleCode: cycle.value, team: true } : null));
  const gaps = useCompetencyGaps(filter, 'COMPETENCY');
  const boxes = useTalentBoxes(filter);
  const point = computed(() => cycles.data.value?.find((c) => c.cycle.code === cycle.value) ?? null);
  return { cycles, cycle, choose: (code: string) => { chosen.value = code; }, point, gaps, boxes };
}
