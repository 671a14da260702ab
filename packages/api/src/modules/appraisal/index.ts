import type { FeatureModule } from '../../common/module.js';
import {
  AppraisalCompetencyResolver, CompetencyAssessmentResolver, FeedbackResolver, ObjectionResolver, PerformanceTargetResolver,
} from './appraisal-parts.resolver.js';
import { Appraisal, CompetencyAssessment, Feedback, Objection, PerformanceTarget } from './appraisal.entity.js';
import { AppraisalResolver } from './appraisal.resolver.js';

/** Its own DataLoaders live on the appraisal (appraisal.loaders.ts), not in the request context. */
export const appraisalModule: FeatureModule = {
  name: 'appraisal',
  entities: [Appraisal, PerformanceTarget, CompetencyAssessment, Feedback, Objection],
  resolvers: [AppraisalResolver, PerformanceTargetResolver, CompetencyAssessmentResolver, AppraisalCompetencyResolver, FeedbackResolver, ObjectionResolver],
};
