import { toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery, type QueryState } from '../../graphql/use-query';
import {
  CompetencyProfileDocument,
  EmployeeProfileDocument,
  type CompetencyProfileQuery,
  type EmployeeProfileQuery,
} from '../../graphql/generated/graphql';

export type EmployeeProfileData = EmployeeProfileQuery;
export type AppraisalHistoryRow = EmployeeProfileQuery['appraisals']['nodes'][number];
export type DevelopmentPlanRow = NonNullable<EmployeeProfileQuery['employee']>['developmentPlan'][number];
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
