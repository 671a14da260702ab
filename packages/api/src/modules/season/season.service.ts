import type { EntityManager } from '@mikro-orm/postgresql';
import {
  APPRAISAL_STATUSES, AWAITING_PARTIES, AwaitingParty, can, cycleElapsed, ErrorCode, isWithinObjectionWindow, objectionDeadline,
  type AppraisalStatus,
} from '@kinerja/shared';
import { auditedWrite, type WriteOutcome } from '../../common/audit/audited-write.js';
import { AuditOutcome, AuditService } from '../../common/audit/audit.service.js';
import { canSeeAgency, type Viewer } from '../../common/auth/viewer.js';
import { readSqlFromEm, sqlFromEm } from '../../common/database/sql.js';
import { parseId } from '../../common/graphql/ids.js';
import type { UserErrorData } from '../../common/graphql/errors.js';
import { denied, failed, Refusal } from '../../common/input/refusal.js';
import { Agency } from '../agency/agency.entity.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { CycleService } from '../cycle/cycle.service.js';
import { seasonRows, withAwaited, type AwaitedRow } from './season-rows.js';
import type { AppraisalsFinalizeInput, FinalizeReport, SeasonAgencyRow, SeasonMonitor } from './season.types.js';

export type Clock = () => Date;

/** Counts of one group of rows, every status and party listed (zeros too) so tables keep their columns. */
function summarise(agency: Agency, rows: readonly AwaitedRow[], now: Date): SeasonAgencyRow {
  const byStatus = new Map<string, number>();
  const awaiting = new Map<string, number>();
  let overdue = 0;
  let finalizable = 0;
  for (const row of rows) {
    byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + 1);
    if (row.party) awaiting.set(row.party, (awaiting.get(row.party) ?? 0) + 1);
    if (row.daysOverdue > 0) overdue += 1;
    if (row.status === 'ASSESSED' && !isWithinObjectionWindow(row.assessedAt ?? now, now)) finalizable += 1;
  }
  const finalized = byStatus.get('FINALIZED') ?? 0;
  return {
    agency,
    appraisals: rows.length,
    byStatus: APPRAISAL_STATUSES.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    awaiting: AWAITING_PARTIES.map((party) => ({ party, count: awaiting.get(party) ?? 0 })),
    finalized,
    completionRate: rows.length ? finalized / rows.length : null,
    overdue,
    finalizable,
  };
}

/**
 * The HR admin's season (SPEC §4): monitoring a cycle per agency against its dates, the appraisals
 * waiting for someone, and finalising many at once after the objection window. Everything is
 * limited to the caller's scope; another pemda's cycle or agency reads as missing.
 */
export class SeasonService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly requestId: string,
    private readonly clock: Clock = () => new Date(),
  ) {}

  /** The cycle, or null when it is another pemda's (which reads as missing). */
  private async visibleCycle(em: EntityManager, cycleId: string): Promise<Cycle | null> {
    const id = parseId(cycleId);
    const cycle = id == null ? null : await em.findOne(Cycle, id);
    if (!cycle) return null;
    if (this.viewer.agencyIds === 'ALL' || !cycle.agency) return cycle;
    const pemdas = await new CycleService(em, this.viewer, this.requestId).visiblePemdas(em);
    return pemdas.has(cycle.agency.id) ? cycle : null;
  }

  /** The cycle and agency subtree a monitoring question is about, or null when either is not the viewer's. */
  private async scope(em: EntityManager, cycleId: string, agencyId: string | null | undefined): Promise<{ cycle: Cycle; root: Agency } | null> {
    const cycle = await this.visibleCycle(em, cycleId);
    if (!cycle) return null;
    const rootId = agencyId != null ? parseId(agencyId) : (this.viewer.agencyId ?? cycle.agency?.id ?? null);
    const root = rootId == null ? null : await em.findOne(Agency, rootId);
    if (!root || !canSeeAgency(this.viewer, root.id)) return null;
    return { cycle, root };
  }

  async monitor(cycleId: string, agencyId: string | null | undefined): Promise<SeasonMonitor | null> {
    const scope = await this.scope(this.em, cycleId, agencyId);
    if (!scope) return null;
    const now = this.clock();
    const rows = (await seasonRows(readSqlFromEm(this.em), {
      cycleId: scope.cycle.id, rootAgencyId: scope.root.id, agencyIds: this.viewer.agencyIds, pendingOnly: false, movingOnly: false,
    })).map((r) => withAwaited(r, now));
    const groups = new Map<number, AwaitedRow[]>();
    for (const row of rows) groups.set(row.groupAgencyId, [...(groups.get(row.groupAgencyId) ?? []), row]);
    const agencies = await this.em.find(Agency, { id: { $in: [...groups.keys()] } });
    const toMonth = (d: string | Date) => (typeof d === 'string' ? d : d.toISOString()).slice(0, 7);
    return {
      cycle: scope.cycle,
      elapsed: cycleElapsed(toMonth(scope.cycle.startMonth), toMonth(scope.cycle.endMonth), now),
      total: summarise(scope.root, rows, now),
      agencies: agencies
        .map((agency) => summarise(agency, groups.get(agency.id)!, now))
        .sort((a, b) => b.appraisals - a.appraisals || a.agency.name.localeCompare(b.agency.name)),
    };
  }

  /** Appraisals waiting for someone, most overdue first (then earliest due, then id). */
  async awaited(args: { cycleId: string; agencyId?: string | null; party?: AwaitingParty | null; overdueOnly: boolean }): Promise<AwaitedRow[]> {
    const scope = await this.scope(this.em, args.cycleId, args.agencyId);
    if (!scope) return [];
    const now = this.clock();
    return (await seasonRows(readSqlFromEm(this.em), {
      cycleId: scope.cycle.id, rootAgencyId: scope.root.id, agencyIds: this.viewer.agencyIds, pendingOnly: true, movingOnly: false,
    }))
      .map((r) => withAwaited(r, now))
      .filter((r) => r.party != null && (!args.party || r.party === args.party) && (!args.overdueOnly || r.daysOverdue > 0))
      .sort((a, b) => b.daysOverdue - a.daysOverdue || a.dueAt!.getTime() - b.dueAt!.getTime() || a.id - b.id);
  }

  /**
   * Finalises, in one transaction, either the listed appraisals (each must be ASSESSED with its
   * 14-day objection window passed, or nothing happens and every offender is named) or every ready
   * appraisal of an agency subtree. Each appraisal gets its own APPRAISAL_FINALIZE audit event, the
   * whole action one APPRAISAL_FINALIZE_BULK event with the report.
   */
  finalizeMany(input: AppraisalsFinalizeInput): Promise<WriteOutcome<FinalizeReport>> {
    const actor = { em: this.em, viewer: this.viewer, requestId: this.requestId };
    return auditedWrite(actor, 'APPRAISAL_FINALIZE_BULK', { subjectType: 'cycle', subjectId: input.cycleId }, async (tx, note) => {
      if (!can(this.viewer.roles, 'MANAGE_CYCLES')) throw denied(ErrorCode.FORBIDDEN, 'Only HR admins and administrators finalise appraisals in bulk.');
      const bySelection = input.appraisalIds != null;
      if (bySelection === (input.agencyId != null)) {
        throw failed(ErrorCode.VALIDATION, 'Name the appraisals (appraisalIds) or an agency (agencyId), exactly one.', ['input']);
      }
      if (bySelection && input.appraisalIds!.length === 0) throw failed(ErrorCode.VALIDATION, 'Select at least one appraisal.', ['input', 'appraisalIds']);
      const cycle = await this.visibleCycle(tx, input.cycleId);
      if (!cycle) throw denied(ErrorCode.NOT_FOUND, 'No cycle with this id.', ['input', 'cycleId']);
      const root = bySelection ? null : await this.scope(tx, input.cycleId, input.agencyId).then((s) => s?.root ?? null);
      if (!bySelection && !root) throw denied(ErrorCode.NOT_FOUND, 'No agency with this id.', ['input', 'agencyId']);
      note.subjectId = cycle.id;
      const sql = sqlFromEm(tx);
      const now = this.clock();
      const ids = bySelection ? input.appraisalIds!.map(parseId) : [];
      // Lock first, then read: a concurrent objection or finalisation either lands before (and is
      // seen) or waits for this transaction.
      if (bySelection) {
        await sql.query('select id from appraisal where id = any ($1::int[]) and cycle_id = $2 order by id for update', [ids.filter((id) => id != null), cycle.id]);
      } else {
        await sql.query(
          `select a.id from appraisal a join employee e on e.id = a.employee_id
           where a.cycle_id = $1 and a.status = 'ASSESSED'
             and e.agency_id in (select descendant_id from agency_closure where ancestor_id = $2)
           order by a.id for update of a`, [cycle.id, root!.id]);
      }
      const rows = await seasonRows(sql, {
        cycleId: cycle.id, rootAgencyId: root?.id ?? null, agencyIds: this.viewer.agencyIds, pendingOnly: true, movingOnly: false,
      });
      const ready = (r: (typeof rows)[number]) => r.status === 'ASSESSED' && !isWithinObjectionWindow(r.assessedAt ?? now, now);
      let chosen: typeof rows;
      let notReady = 0;
      if (bySelection) {
        const byId = new Map(rows.map((r) => [r.id, r]));
        const errors: UserErrorData[] = [];
        const seen = new Set<number>();
        ids.forEach((id, i) => {
          const field = ['input', 'appraisalIds', String(i)];
          const row = id == null ? undefined : byId.get(id);
          if (id != null && seen.has(id)) errors.push({ field, code: ErrorCode.VALIDATION, message: 'Listed twice.' });
          else if (!row) errors.push({ field, code: ErrorCode.NOT_FOUND, message: 'No appraisal with this id in this cycle that is not final.' });
          else if (row.status !== 'ASSESSED') errors.push({ field, code: ErrorCode.INVALID_STATE, message: `${row.employeeName}: the appraisal is ${row.status}, not ASSESSED.` });
          else if (!ready(row)) errors.push({ field, code: ErrorCode.INVALID_STATE, message: `${row.employeeName} may object until ${objectionDeadline(row.assessedAt!).toISOString()}.` });
          if (id != null) seen.add(id);
        });
        if (errors.length) throw new Refusal(AuditOutcome.FAILURE, errors);
        chosen = ids.map((id) => byId.get(id!)!);
      } else {
        chosen = rows.filter(ready);
        notReady = rows.length - chosen.length;
        if (chosen.length === 0) throw failed(ErrorCode.INVALID_STATE, `No appraisal in ${root!.name} is ready to finalise (rated, with the 14-day objection window passed).`, ['input', 'agencyId']);
      }
      const updated = await sql.query<{ id: number }>(
        `update appraisal set status = 'FINALIZED', version = version + 1, updated_at = $2
         where id = any ($1::int[]) and status = 'ASSESSED' returning id`, [chosen.map((r) => r.id), now]);
      if (updated.length !== chosen.length) throw failed(ErrorCode.CONFLICT, 'Some appraisals changed meanwhile; reload and try again.');
      const audit = new AuditService(tx, { viewer: this.viewer, requestId: this.requestId });
      for (const row of chosen) {
        audit.record({
          action: 'APPRAISAL_FINALIZE', outcome: AuditOutcome.SUCCESS, subjectType: 'appraisal', subjectId: row.id, subjectNip: row.nip,
          detail: { from: 'ASSESSED' satisfies AppraisalStatus, to: 'FINALIZED' satisfies AppraisalStatus, version: row.version, bulk: true },
        });
      }
      const perAgency = new Map<string, number>();
      for (const row of chosen) perAgency.set(row.agencyName, (perAgency.get(row.agencyName) ?? 0) + 1);
      const report: FinalizeReport = {
        finalized: chosen.length,
        appraisalIds: chosen.map((r) => String(r.id)),
        byAgency: [...perAgency].map(([agencyName, count]) => ({ agencyName, count })).sort((a, b) => b.count - a.count || a.agencyName.localeCompare(b.agencyName)),
        notReady,
      };
      note.detail = { cycle: cycle.code, agency: root?.code ?? null, finalized: report.finalized, notReady };
      return report;
    });
  }
}
