import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode } from '@kinerja/shared';
import { auditedWrite, type WriteOutcome } from '../../common/audit/audited-write.js';
import { canSeeAgency, type Viewer } from '../../common/auth/viewer.js';
import { sqlFromEm } from '../../common/database/sql.js';
import { parseId } from '../../common/graphql/ids.js';
import { InputChecks } from '../../common/input/input-checks.js';
import { Agency } from '../agency/agency.entity.js';
import { Cycle } from '../cycle/cycle.entity.js';
import { AgencyResult } from './agency-result.entity.js';
import type { AgencyResultSetInput } from './agency-result.input.js';

/** Agencies' own predicates per cycle: written by HR admins in their subtree, read by whoever reads its aggregates. */
export class AgencyResultService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  /** The result of an agency in a cycle, by codes; null when none is recorded or the agency is out of scope. */
  async find(cycleCode: string, agencyCode: string): Promise<AgencyResult | null> {
    const result = await this.em.findOne(AgencyResult, { cycle: { code: cycleCode }, agency: { code: agencyCode } });
    return result && canSeeAgency(this.viewer, result.agency.id) ? result : null;
  }

  /** Sets (or replaces) the predicate; one audit event with what it was before. */
  set(input: AgencyResultSetInput, requestId: string): Promise<WriteOutcome<AgencyResult>> {
    const actor = { em: this.em, viewer: this.viewer, requestId };
    return auditedWrite(actor, 'AGENCY_RESULT_SET', { subjectType: 'agency_result' }, async (em, note) => {
      const checks = new InputChecks();
      const cycleKey = parseId(input.cycleId);
      const cycle = cycleKey == null ? null : await em.findOne(Cycle, cycleKey);
      if (!cycle) checks.add(['input', 'cycleId'], ErrorCode.NOT_FOUND, 'No cycle with this id.');
      const agencyKey = parseId(input.agencyId);
      const agency = agencyKey == null ? null : await em.findOne(Agency, agencyKey);
      if (!agency || !canSeeAgency(this.viewer, agency.id)) checks.add(['input', 'agencyId'], ErrorCode.NOT_FOUND, 'No agency with this id in your subtree.');
      checks.done();

      // An upsert, so two HR admins setting the same result at once cannot collide on the natural key.
      const [before] = await sqlFromEm(em).query<{ organisation_predicate: string }>(
        'select organisation_predicate from agency_result where cycle_id = $1 and agency_id = $2 for update', [cycle!.id, agency!.id]);
      await sqlFromEm(em).query(
        `insert into agency_result (cycle_id, agency_id, organisation_predicate) values ($1, $2, $3)
         on conflict (cycle_id, agency_id) do update set organisation_predicate = excluded.organisation_predicate, updated_at = now()`,
        [cycle!.id, agency!.id, input.organisationPredicate]);
      const result = await em.findOneOrFail(AgencyResult, { cycle: cycle!, agency: agency! }, { refresh: true });
      note.subjectId = result.id;
      note.detail = { cycleCode: cycle!.code, agencyCode: agency!.code, from: before?.organisation_predicate ?? null, to: input.organisationPredicate };
      return result;
    });
  }
}
