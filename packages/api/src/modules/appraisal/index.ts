import type { FeatureModule } from '../../common/module.js';
import {
  AppraisalBehaviorResolver, AppraisalCompetencyResolver, CheckInEntryResolver, CheckInResolver, CompetencyAssessmentResolver,
  FeedbackResolver, ObjectionResolver, PerformanceTargetResolver, PlanReturnResolver,
} from './appraisal-parts.resolver.js';
import { AppraisalBehavior, CheckIn, CheckInEntry, PlanReturn } from './appraisal-parts.entity.js';
import { Appraisal, CompetencyAssessment, Feedback, Objection, PerformanceTarget } from './appraisal.entity.js';
import { AppraisalResolver, EmployeePersonResolver } from './appraisal.resolver.js';

/** Its own DataLoaders live on the appraisal (appraisal.loaders.ts), not in the request context. */
export const appraisalModule: FeatureModule = {
  name: 'appraisal',
  entities: [Appraisal, PerformanceTarget, CompetencyAssessment, Feedback, Objection, CheckIn, CheckInEntry, AppraisalBehavior, PlanReturn],
  resolvers: [
    AppraisalResolver, PerformanceTargetResolver, CompetencyAssessmentResolver, AppraisalCompetencyResolver, FeedbackResolver,
    ObjectionResolver, CheckInResolver, CheckInEntryResolver, PlanReturnResolver, AppraisalBehaviorResolver, EmployeePersonResolver,
  ],
};
