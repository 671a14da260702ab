import { AppraisalAction, ErrorCode, isWithinObjectionWindow, objectionDeadline, RaterRole } from '@kinerja/shared';
import type { WriteOutcome } from '../../common/audit/audited-write.js';
import { InputChecks } from '../../common/input/input-checks.js';
import { failed } from '../../common/input/refusal.js';
import { checkLevels, putLevels, rate, standardOf, type CheckedLevel } from './appraisal-ratings.js';
import { AppraisalAuditAction, AppraisalWriter } from './appraisal-write.js';
import { Objection, ObjectionOutcome, type Appraisal } from './appraisal.entity.js';
import type { AppraisalFinalizeInput, ObjectionDecideInput, ObjectionFileInput } from './appraisal.input.js';

/** After the rating: the objection (keberatan), its decision, and finalisation (PP 30/2019 art. 59). */
export class AppraisalObjectionService extends AppraisalWriter {
  fileObjection(input: ObjectionFileInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: Objection }>> {
    return this.change(AppraisalAuditAction.OBJECTION_FILE, 'OBJECT', input, async ({ tx, appraisal, now }) => {
      const to = this.advance(appraisal, AppraisalAction.OBJECT);
      const assessedAt = appraisal.assessedAt ?? now;
      // PP 30/2019 art. 59: within 14 days of the rating.
      if (!isWithinObjectionWindow(assessedAt, now)) {
        throw failed(ErrorCode.OBJECTION_WINDOW_CLOSED, `The objection period ended on ${objectionDeadline(assessedAt).toISOString()}.`);
      }
      const checks = new InputChecks();
      const reason = checks.text(input.reason, ['input', 'reason']);
      checks.done();
      appraisal.status = to;
      return tx.create(Objection, { appraisal, reason, filedAt: now });
    });
  }

  decideObjection(input: ObjectionDecideInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: Objection }>> {
    return this.change(AppraisalAuditAction.OBJECTION_DECIDE, 'DECIDE_OBJECTION', input, async ({ tx, appraisal, employee, now, detail }) => {
      const to = this.advance(appraisal, AppraisalAction.DECIDE_OBJECTION);
      const checks = new InputChecks();
      const note = checks.text(input.note, ['input', 'note']);
      let levels: CheckedLevel[] = [];
      if (input.outcome === ObjectionOutcome.UPHELD) {
        if (input.workResultRating == null) checks.add(['input', 'workResultRating'], ErrorCode.VALIDATION, 'required when the objection is upheld');
        if (input.behaviorRating == null) checks.add(['input', 'behaviorRating'], ErrorCode.VALIDATION, 'required when the objection is upheld');
        levels = checkLevels(checks, input.levels ?? [], await standardOf(tx, employee), ['input', 'levels'], { complete: false });
      } else {
        // A rejection keeps the rating as it is: revised values would be silently ignored.
        if (input.workResultRating != null) checks.add(['input', 'workResultRating'], ErrorCode.VALIDATION, 'not allowed when the objection is rejected');
        if (input.behaviorRating != null) checks.add(['input', 'behaviorRating'], ErrorCode.VALIDATION, 'not allowed when the objection is rejected');
        if (input.levels?.length) checks.add(['input', 'levels'], ErrorCode.VALIDATION, 'not allowed when the objection is rejected');
      }
      checks.done();

      // Appraisals imported as OBJECTED carry no objection record; the decision still needs one.
      const objection = await tx.findOne(Objection, { appraisal })
        ?? tx.create(Objection, { appraisal, reason: '(imported without a recorded reason)', filedAt: appraisal.assessedAt ?? now });
      const decider = this.viewer.employeeId;
      const before = appraisal.predicate;
      if (input.outcome === ObjectionOutcome.UPHELD) {
        if (levels.length > 0) await putLevels(tx, appraisal, RaterRole.SUPERVISOR, decider, levels);
        rate(appraisal, input.workResultRating!, input.behaviorRating!);
      }
      tx.assign(objection, { outcome: input.outcome, decisionNote: note, decidedBy: decider, decidedAt: now });
      appraisal.status = to;
      appraisal.finalizedAt = now;
      Object.assign(detail, { outcome: input.outcome, predicateBefore: before, predicate: appraisal.predicate });
      return objection;
    });
  }

  finalize(input: AppraisalFinalizeInput): Promise<WriteOutcome<{ appraisal: Appraisal; value: null }>> {
    return this.change(AppraisalAuditAction.FINALIZE, 'FINALIZE', input, async ({ appraisal, now }) => {
      const to = this.advance(appraisal, AppraisalAction.FINALIZE);
      const assessedAt = appraisal.assessedAt ?? now;
      // SPEC §4: without an objection, only once the 14-day window has passed (PP 30/2019 art. 59).
      if (isWithinObjectionWindow(assessedAt, now)) {
        throw failed(ErrorCode.INVALID_STATE, `The employee may object until ${objectionDeadline(assessedAt).toISOString()}; finalise after that.`);
      }
      appraisal.status = to;
      appraisal.finalizedAt = now;
      return null;
    });
  }
}
