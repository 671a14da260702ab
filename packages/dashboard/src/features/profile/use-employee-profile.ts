import { toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery, type QueryState } from '../../graphql/use-query';
import {
  CompetencyProfileDocument,
  EmployeeProfileDocument,
  type CompetencyProfileQuery,
  type DevelopmentPlanItemFieldsFragment,
  type EmployeeProfileQuery,
} from '../../graphql/generated/graphql';

export type EmployeeProfileData = EmployeeProfileQuery;
export type AppraisalHistoryRow = EmployeeProfileQuery['appraisals']['nodes'][number];
/** One development plan item (the fragment the profile and the supervisor's appraisal page share). */
export type DevelopmentPlanRow = DevelopmentPlanItemFieldsFragment;
export type TrainingRecordRow = EmployeeProfileQuery['trainingRecords']['nodes'][number];
export type CompetencyProfileRow = CompetencyProfileQuery['competencyProfile'][number];

/** Who the employee is, the predicate of every appraisal, and the training records. */
export function useEmployeeProfile(id: MaybeRefOrGetter<string | null>): QueryState<EmployeeProfileData> {
  return useQuery(EmployeeProfileDocument, () => {
    const value = toValue(id);
    return value ? { id: value } : null;
  });
}

/** Required, self, supervisor and assessor level per required competency in one cycle. */
export function useCompetencyProfile(
  employeeId: MaybeRefOrGetter<string | null>,
  cycleCode: MaybeRefOrGetter<string | null>,
): QueryState<CompetencyProfileRow[]> {
  return useQuery(
    CompetencyProfileDocument,
    () => {
      const id = toValue(employeeId);
      const cycle = toValue(cycleCode);
      return id && cycle ? { employeeId: id, cycleCode: cycle } : null;
    },
    (result) => result.competencyProfile,
  );
}
