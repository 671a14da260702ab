import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/graphql/context.js';
import { Competency } from '../competency/competency.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { AppraisalCompetency } from './appraisal-competency.type.js';
import { CompetencyAssessment, Feedback, Objection, PerformanceTarget } from './appraisal.entity.js';

// Fields of the parts of an appraisal. People named in them (raters, authors, deciders) resolve
// through the scoped employee loader: someone outside your scope comes back as null.

@Resolver(() => PerformanceTarget)
export class PerformanceTargetResolver {
  @FieldResolver(() => Float, { description: 'Target value, in `unit`.' })
  targetValue(@Root() target: PerformanceTarget): number {
    return Number(target.targetValue);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'What was achieved, in `unit`; null before the self-assessment.' })
  realisation(@Root() target: PerformanceTarget): number | null {
    return target.realisation == null ? null : Number(target.realisation);
  }
}

@Resolver(() => CompetencyAssessment)
export class CompetencyAssessmentResolver {
  @FieldResolver(() => Competency, { description: 'The competency.' })
  async competency(@Root() assessment: CompetencyAssessment, @Ctx() ctx: Context): Promise<Competency> {
    return (await ctx.loaders.competency.load(assessment.competency.id))!;
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'Who gave the level; null when unknown (imported) or outside your scope.' })
  async rater(@Root() assessment: CompetencyAssessment, @Ctx() ctx: Context): Promise<Employee | null> {
    return assessment.rater ? ctx.loaders.employee.load(assessment.rater.id) : null;
  }
}

@Resolver(() => AppraisalCompetency)
export class AppraisalCompetencyResolver {
  @FieldResolver(() => Competency, { description: 'The competency.' })
  async competency(@Root() row: AppraisalCompetency, @Ctx() ctx: Context): Promise<Competency> {
    return (await ctx.loaders.competency.load(row.competencyId))!;
  }
}

@Resolver(() => Feedback)
export class FeedbackResolver {
  @FieldResolver(() => Employee, { nullable: true, description: 'Who wrote it; null when outside your scope.' })
  async author(@Root() feedback: Feedback, @Ctx() ctx: Context): Promise<Employee | null> {
    return feedback.author ? ctx.loaders.employee.load(feedback.author.id) : null;
  }
}

@Resolver(() => Objection)
export class ObjectionResolver {
  @FieldResolver(() => Employee, { nullable: true, description: 'Who decided; null while undecided, when an HR admin recorded the decision, or outside your scope.' })
  async decidedBy(@Root() objection: Objection, @Ctx() ctx: Context): Promise<Employee | null> {
    return objection.decidedBy ? ctx.loaders.employee.load(objection.decidedBy.id) : null;
  }
}
