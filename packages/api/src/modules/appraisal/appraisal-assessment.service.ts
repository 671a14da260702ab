import { AppraisalAction, BEHAVIOR_VALUES, ErrorCode, RaterRole, type BehaviorValue, type Rating } from '@kinerja/shared';
import type { WriteOutcome } from '../../common/audit/audited-write.js';
import { parseId } from '../../common/graphql/ids.js';
import { InputChecks } from '../../common/input/input-checks.js';
import { Employee } from '../employee/employee.entity.js';
import { AppraisalBehavior } from './appraisal-parts.entity.js';
import { checkLevels, putLevels, rate, standardOf } from './appraisal-ratings.js';
import { AppraisalAuditAction, AppraisalWriter } from './appraisal-write.js';
import { PerformanceTarget, type Appraisal } from './appraisal.entity.js';
import type { AppraisalAssessInput, AppraisalSelfAssessInput } from './appraisal.input.js';

/** Assessment at the end of the cycle: the employee's self-assessment, then the supervisor's rating. */
export class AppraisalAssessmentService extends AppraisalWriter {
  selfAssess(input: AppraisalSelfAssessInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: null }>> {
    return this.change(AppraisalAuditAction.SELF_ASSESS, 'SELF_ASSESS', input, async ({ tx, appraisal, employee, cycle, now, detail }) => {
      const to = this.advance(appraisal, AppraisalAction.SELF_ASSESS);
      this.cycleOpen(cycle);
      const standard = await standardOf(tx, employee);
      const checks = new InputChecks();
      const levels = checkLevels(checks, input.levels, standard, ['input', 'levels'], { complete: true });
      const targets = await tx.find(PerformanceTarget, { appraisal }, { orderBy: { ordinal: 'asc' } });
      const realised = new Map<number, { realisation: string; evidenceUrl: string | null }>();
      input.realisations.forEach((r, i) => {
        const at = ['input', 'realisations', String(i)];
        const target = targets.find((t) => t.id === parseId(r.targetId));
        if (!target) checks.add([...at, 'targetId'], ErrorCode.NOT_FOUND, 'not a target of this plan');
        else if (realised.has(target.id)) checks.add([...at, 'targetId'], ErrorCode.VALIDATION, 'given twice');
        const value = { realisation: checks.amount(r.realisation, [...at, 'realisation']), evidenceUrl: checks.optionalUrl(r.evidenceUrl, [...at, 'evidenceUrl']) };
        if (target) realised.set(target.id, value);
      });
      for (const target of targets) {
        if (!realised.has(target.id)) checks.add(['input', 'realisations'], ErrorCode.VALIDATION, `missing the realisation of target ${target.ordinal} (${target.description})`);
      }
      const comment = checks.optionalText(input.comment, ['input', 'comment']);
      checks.done();

      await putLevels(tx, appraisal, RaterRole.SELF, employee.id, levels);
      for (const target of targets) tx.assign(target, realised.get(target.id)!);
      appraisal.selfComment = comment;
      appraisal.selfAssessedAt = now;
      appraisal.status = to;
      detail.levels = levels.length;
      return null;
    });
  }

  /**
   * The rating: competency levels, the seven BerAKHLAK values (all required), feedback per target,
   * and HK and PK. The overall PK stays the supervisor's judgement beside the seven values
   * (PermenPANRB 6/2022), so it is not derived from them.
   */
  assess(input: AppraisalAssessInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: null }>> {
    return this.change(AppraisalAuditAction.ASSESS, 'ASSESS', input, async ({ tx, appraisal, employee, cycle, now, detail }) => {
      const to = this.advance(appraisal, AppraisalAction.ASSESS);
      this.cycleOpen(cycle);
      const standard = await standardOf(tx, employee);
      const checks = new InputChecks();
      const levels = checkLevels(checks, input.levels, standard, ['input', 'levels'], { complete: true });

      const behaviors = new Map<BehaviorValue, Rating>();
      input.behaviors.forEach((b, i) => {
        if (behaviors.has(b.value)) checks.add(['input', 'behaviors', String(i), 'value'], ErrorCode.VALIDATION, `${b.value} is given twice`);
        behaviors.set(b.value, b.rating);
      });
      const missing = BEHAVIOR_VALUES.filter((v) => !behaviors.has(v));
      if (missing.length > 0) checks.add(['input', 'behaviors'], ErrorCode.VALIDATION, `rate all seven BerAKHLAK values; missing ${missing.join(', ')}`);

      const targets = await tx.find(PerformanceTarget, { appraisal });
      const feedback = new Map<PerformanceTarget, string>();
      (input.targetFeedback ?? []).forEach((f, i) => {
        const at = ['input', 'targetFeedback', String(i)];
        const target = targets.find((t) => t.id === parseId(f.targetId));
        if (!target) checks.add([...at, 'targetId'], ErrorCode.NOT_FOUND, 'not a target of this plan');
        else if (feedback.has(target)) checks.add([...at, 'targetId'], ErrorCode.VALIDATION, 'given twice');
        const text = checks.text(f.feedback, [...at, 'feedback']);
        if (target) feedback.set(target, text);
      });
      checks.done();

      const rater = this.viewer.employeeId!;
      await putLevels(tx, appraisal, RaterRole.SUPERVISOR, rater, levels);
      const existing = await tx.find(AppraisalBehavior, { appraisal });
      for (const [value, rating] of behaviors) {
        const row = existing.find((b) => b.value === value);
        if (row) row.rating = rating;
        else tx.create(AppraisalBehavior, { appraisal, value, rating });
      }
      for (const [target, text] of feedback) target.supervisorFeedback = text;
      rate(appraisal, input.workResultRating, input.behaviorRating);
      appraisal.assessedAt = now;
      appraisal.assessedBy = tx.getReference(Employee, rater);
      appraisal.status = to;
      Object.assign(detail, {
        workResultRating: input.workResultRating, behaviorRating: input.behaviorRating, predicate: appraisal.predicate,
        behaviors: Object.fromEntries(behaviors), targetFeedback: feedback.size,
      });
      return null;
    });
  }
}

