import { BEHAVIOR_VALUE_INFO } from '@kinerja/shared';
import { Ctx, FieldResolver, Float, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/graphql/context.js';
import { Competency } from '../competency/competency.entity.js';
import { Employee } from '../employee/employee.entity.js';
import { AppraisalCompetency } from './appraisal-competency.type.js';
import { AppraisalBehavior, CheckIn, CheckInEntry, PlanReturn } from './appraisal-parts.entity.js';
import { Person, SupervisorTarget } from './appraisal-person.type.js';
import { CompetencyAssessment, Feedback, Objection, PerformanceTarget } from './appraisal.entity.js';
import { appraisalLoaders } from './appraisal.loaders.js';

// Fields of the parts of an appraisal. People named in them resolve two ways: as an `Employee`
// through the scoped employee loader (outside your scope: null), and as a `Person` (name and
// position title only), which the employee always sees (PP 30/2019 art. 59).

/** A target as a cascading choice: what it says and whose plan it is in. */
export async function supervisorTargetOf(ctx: Context, target: PerformanceTarget, ownerId: number): Promise<SupervisorTarget> {
  const owner = await appraisalLoaders(ctx).person.load(ownerId);
  return Object.assign(new SupervisorTarget(), {
    id: String(target.id), ordinal: target.ordinal, kind: target.kind, description: target.description, indicator: target.indicator,
    employee: owner ?? Object.assign(new Person(), { name: '', positionTitle: null, supervisorId: null }),
  });
}

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

  @FieldResolver(() => SupervisorTarget, { nullable: true, description: "The target of the direct supervisor's plan this one supports (cascading); null when none." })
  async supports(@Root() target: PerformanceTarget, @Ctx() ctx: Context): Promise<SupervisorTarget | null> {
    if (!target.supportsTarget) return null;
    const supported = await appraisalLoaders(ctx).target.load(target.supportsTarget.id);
    return supported ? supervisorTargetOf(ctx, supported, supported.appraisal.employee.id) : null;
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
  @FieldResolver(() => Employee, { nullable: true, description: 'Who wrote it; null when outside your scope (see `writer`).' })
  async author(@Root() feedback: Feedback, @Ctx() ctx: Context): Promise<Employee | null> {
    return feedback.author ? ctx.loaders.employee.load(feedback.author.id) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who wrote it: name and position title, always shown to the employee; null when the writer is unknown.' })
  async writer(@Root() feedback: Feedback, @Ctx() ctx: Context): Promise<Person | null> {
    return feedback.author ? appraisalLoaders(ctx).person.load(feedback.author.id) : null;
  }
}

@Resolver(() => Objection)
export class ObjectionResolver {
  @FieldResolver(() => Employee, { nullable: true, description: 'Who decided; null while undecided, when an HR admin recorded the decision, or outside your scope (see `decider`).' })
  async decidedBy(@Root() objection: Objection, @Ctx() ctx: Context): Promise<Employee | null> {
    return objection.decidedBy ? ctx.loaders.employee.load(objection.decidedBy.id) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who decided: name and position title, always shown to the employee (PP 30/2019 art. 59); null while undecided or when an HR admin recorded the decision.' })
  async decider(@Root() objection: Objection, @Ctx() ctx: Context): Promise<Person | null> {
    return objection.decidedBy ? appraisalLoaders(ctx).person.load(objection.decidedBy.id) : null;
  }
}

@Resolver(() => CheckIn)
export class CheckInResolver {
  @FieldResolver(() => [CheckInEntry], { description: 'Realisation per target reported in this check-in.' })
  async entries(@Root() checkIn: CheckIn, @Ctx() ctx: Context): Promise<CheckInEntry[]> {
    return appraisalLoaders(ctx).checkInEntries.load(checkIn.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who answered: name and position title; null until answered.' })
  async answeredBy(@Root() checkIn: CheckIn, @Ctx() ctx: Context): Promise<Person | null> {
    return checkIn.answeredBy ? appraisalLoaders(ctx).person.load(checkIn.answeredBy.id) : null;
  }
}

@Resolver(() => CheckInEntry)
export class CheckInEntryResolver {
  @FieldResolver(() => ID, { description: 'The target reported on (one of `Appraisal.targets`).' })
  targetId(@Root() entry: CheckInEntry): string {
    return String(entry.target.id);
  }

  @FieldResolver(() => Float, { description: 'Realised so far, in the target’s unit.' })
  realisation(@Root() entry: CheckInEntry): number {
    return Number(entry.realisation);
  }
}

@Resolver(() => PlanReturn)
export class PlanReturnResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who returned the plan: name and position title.' })
  async returnedBy(@Root() planReturn: PlanReturn, @Ctx() ctx: Context): Promise<Person | null> {
    return planReturn.returnedBy ? appraisalLoaders(ctx).person.load(planReturn.returnedBy.id) : null;
  }
}

@Resolver(() => AppraisalBehavior)
export class AppraisalBehaviorResolver {
  @FieldResolver(() => String, { description: 'The value’s Indonesian name, e.g. Berorientasi Pelayanan.' })
  label(@Root() behavior: AppraisalBehavior): string {
    return BEHAVIOR_VALUE_INFO[behavior.value].label;
  }

  @FieldResolver(() => String, { description: 'The value’s official one-line meaning (Indonesian).' })
  description(@Root() behavior: AppraisalBehavior): string {
    return BEHAVIOR_VALUE_INFO[behavior.value].description;
  }
}
