import { LockMode } from '@mikro-orm/core';
import { AppraisalStatus, ErrorCode } from '@kinerja/shared';
import type { WriteOutcome } from '../../common/audit/audited-write.js';
import { parseId } from '../../common/graphql/ids.js';
import { InputChecks } from '../../common/input/input-checks.js';
import { denied, failed } from '../../common/input/refusal.js';
import { Employee } from '../employee/employee.entity.js';
import { CheckIn, CheckInEntry } from './appraisal-parts.entity.js';
import { AppraisalAuditAction, AppraisalWriter } from './appraisal-write.js';
import { Appraisal, Feedback, PerformanceTarget } from './appraisal.entity.js';
import type { AppraisalFeedbackAddInput, CheckInAnswerInput, CheckInSubmitInput } from './appraisal.input.js';

/** The check-ins of a period are few; more than this in one appraisal is a runaway client. */
export const MAX_CHECK_INS = 24;

/**
 * The continuous part of the year: check-ins (evaluasi periodik) and comments (dialog kinerja).
 * Both are threads of their own (SPEC §4): they lock the appraisal row to check its status, but
 * neither need nor bump its version, so they never make the other party's pending write stale.
 */
export class AppraisalDialogueService extends AppraisalWriter {
  addFeedback(input: AppraisalFeedbackAddInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: Feedback }>> {
    return this.change(AppraisalAuditAction.FEEDBACK_ADD, 'ADD_FEEDBACK', input, async ({ tx, appraisal, now }) => {
      this.notFinal(appraisal);
      const checks = new InputChecks();
      const body = checks.text(input.body, ['input', 'body']);
      checks.done();
      return tx.create(Feedback, { appraisal, author: this.viewer.employeeId, body, createdAt: now });
    }, { versioned: false });
  }

  /** The employee reports realisations per target for a period while the plan is agreed. */
  submitCheckIn(input: CheckInSubmitInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: CheckIn }>> {
    return this.change(AppraisalAuditAction.CHECK_IN_SUBMIT, 'CHECK_IN', input, async ({ tx, appraisal, cycle, now, detail }) => {
      if (appraisal.status !== AppraisalStatus.PLAN_AGREED) {
        throw failed(ErrorCode.INVALID_STATE, `Check-ins are recorded while the plan is agreed (PLAN_AGREED), not while the appraisal is ${appraisal.status}.`);
      }
      this.cycleNotClosed(cycle);
      const checks = new InputChecks();
      const period = checks.text(input.period, ['input', 'period'], { max: 100 });
      const note = checks.optionalText(input.note, ['input', 'note']);
      const targets = await tx.find(PerformanceTarget, { appraisal });
      const entries = new Map<PerformanceTarget, { realisation: string; evidenceUrl: string | null }>();
      if (input.entries.length === 0) checks.add(['input', 'entries'], ErrorCode.VALIDATION, 'report the realisation of at least one target');
      input.entries.forEach((e, i) => {
        const at = ['input', 'entries', String(i)];
        const target = targets.find((t) => t.id === parseId(e.targetId));
        if (!target) checks.add([...at, 'targetId'], ErrorCode.NOT_FOUND, 'not a target of this plan');
        else if (entries.has(target)) checks.add([...at, 'targetId'], ErrorCode.VALIDATION, 'given twice');
        const value = { realisation: checks.amount(e.realisation, [...at, 'realisation']), evidenceUrl: checks.optionalUrl(e.evidenceUrl, [...at, 'evidenceUrl']) };
        if (target) entries.set(target, value);
      });
      if (!checks.failed(['input', 'period']) && await tx.count(CheckIn, { appraisal, period })) {
        checks.add(['input', 'period'], ErrorCode.VALIDATION, `there is already a check-in for ${period}`);
      }
      if (await tx.count(CheckIn, { appraisal }) >= MAX_CHECK_INS) checks.add(null, ErrorCode.VALIDATION, `An appraisal holds at most ${MAX_CHECK_INS} check-ins.`);
      checks.done();

      const checkIn = tx.create(CheckIn, { appraisal, period, note, createdAt: now });
      for (const [target, value] of entries) tx.create(CheckInEntry, { checkIn, target, ...value });
      Object.assign(detail, { period, entries: entries.size });
      return checkIn;
    }, { versioned: false });
  }

  /** The direct supervisor answers a check-in once; the appraisal must not be final. */
  answerCheckIn(input: CheckInAnswerInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: CheckIn }>> {
    return this.audited(AppraisalAuditAction.CHECK_IN_ANSWER, async (tx, note) => {
      const id = parseId(input.checkInId);
      const found = id == null ? null : await tx.findOne(CheckIn, id);
      // The appraisal first, then the check-in: the same lock order as every other write.
      const appraisal = found == null ? null
        : await tx.findOne(Appraisal, found.appraisal.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!found || !appraisal) throw denied(ErrorCode.NOT_FOUND, 'No check-in with this id.', ['input', 'checkInId']);
      const checkIn = await tx.findOneOrFail(CheckIn, found.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      return this.changeLocked(tx, note, appraisal, 'ANSWER_CHECK_IN', null, async ({ now, detail }) => {
        this.notFinal(appraisal);
        if (checkIn.answeredAt) throw failed(ErrorCode.INVALID_STATE, 'This check-in was already answered.', ['input', 'checkInId']);
        const checks = new InputChecks();
        const answer = checks.text(input.answer, ['input', 'answer']);
        checks.done();
        tx.assign(checkIn, { answer, answeredBy: tx.getReference(Employee, this.viewer.employeeId!), answeredAt: now });
        Object.assign(detail, { checkIn: checkIn.id, period: checkIn.period });
        return checkIn;
      }, { versioned: false, field: ['input', 'checkInId'] });
    }, input.checkInId);
  }
}
