import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode } from '@kinerja/shared';
import { auditedWrite, changesOf, type WriteOutcome } from '../../common/audit/audited-write.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { parseId } from '../../common/graphql/ids.js';
import { InputChecks } from '../../common/input/input-checks.js';
import { refuse } from '../../common/input/refusal.js';
import { Competency } from '../competency/competency.entity.js';
import { assertMaintains, ownerForNew } from '../agency/ownership.js';
import { Position, PositionRequirement } from './position.entity.js';
import type { PositionCreateInput, PositionStandardSetInput, PositionUpdateInput } from './position.input.js';

/**
 * Maintains positions and their competency standards (standar kompetensi jabatan). A position is
 * national (an ADMIN's) or belongs to the pemda whose HR admin created it; everyone reads them all,
 * only the owner changes one (agency/ownership.ts).
 */
export class PositionService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  create(input: PositionCreateInput, requestId: string): Promise<WriteOutcome<Position>> {
    return auditedWrite({ em: this.em, viewer: this.viewer, requestId }, 'POSITION_CREATE', { subjectType: 'position' }, async (em, note) => {
      const checks = new InputChecks();
      const code = checks.code(input.code, ['input', 'code']);
      const title = checks.name(input.title, ['input', 'title']);
      await checkCodeFree(em, code, null, checks);
      checks.done();

      const ownerAgency = await ownerForNew(em, this.viewer);
      const position = em.create(Position, { code, title, positionType: input.positionType, ownerAgency });
      await em.flush();
      note.subjectId = position.id;
      note.detail = { code, title, positionType: input.positionType };
      return position;
    });
  }

  update(input: PositionUpdateInput, requestId: string): Promise<WriteOutcome<Position>> {
    const subject = { subjectType: 'position', subjectId: input.id };
    return auditedWrite({ em: this.em, viewer: this.viewer, requestId }, 'POSITION_UPDATE', subject, async (em, note) => {
      const position = await findPosition(em, input.id, ['input', 'id']);
      await assertMaintains(em, this.viewer, position.ownerAgency?.id ?? null, 'position');
      const before = snapshot(position);
      const checks = new InputChecks();
      const code = input.code == null ? position.code : checks.code(input.code, ['input', 'code']);
      const title = input.title == null ? position.title : checks.name(input.title, ['input', 'title']);
      if (code !== position.code) await checkCodeFree(em, code, position.id, checks);
      checks.done();

      em.assign(position, { code, title, positionType: input.positionType ?? position.positionType });
      await em.flush();
      note.detail = { changes: changesOf(before, snapshot(position)) };
      return position;
    });
  }

  /** Replaces the whole standard: rows left out go, listed rows are added or get their new level. */
  setStandard(input: PositionStandardSetInput, requestId: string): Promise<WriteOutcome<Position>> {
    const subject = { subjectType: 'position', subjectId: input.positionId };
    return auditedWrite({ em: this.em, viewer: this.viewer, requestId }, 'POSITION_STANDARD_SET', subject, async (em, note) => {
      const position = await findPosition(em, input.positionId, ['input', 'positionId']);
      await assertMaintains(em, this.viewer, position.ownerAgency?.id ?? null, 'position');
      const checks = new InputChecks();
      const wanted = new Map<number, { competency: Competency; level: number }>();
      const ids = input.requirements.map((r) => parseId(r.competencyId));
      const codes = input.requirements.map((r) => r.competencyCode?.trim() ?? null);
      const known = await em.find(Competency, { $or: [{ id: { $in: ids.filter((id) => id != null) } }, { code: { $in: codes.filter((c) => c != null) } }] });

      for (const [i, row] of input.requirements.entries()) {
        const at = ['input', 'requirements', String(i)];
        checks.level(row.requiredLevel, [...at, 'requiredLevel']);
        const byId = row.competencyId != null;
        if (byId === (row.competencyCode != null)) {
          checks.add(at, ErrorCode.VALIDATION, 'Name the competency by competencyId or by competencyCode (exactly one).');
          continue;
        }
        const competency = byId ? known.find((c) => c.id === ids[i]) : known.find((c) => c.code === codes[i]);
        if (!competency) {
          checks.add([...at, byId ? 'competencyId' : 'competencyCode'], ErrorCode.UNKNOWN_COMPETENCY, 'No competency with this id or code.');
        } else if (wanted.has(competency.id)) {
          checks.add(at, ErrorCode.VALIDATION, `Competency ${competency.code} is listed more than once.`);
        } else {
          wanted.set(competency.id, { competency, level: row.requiredLevel });
        }
      }
      checks.done();

      const after = levelsByCode([...wanted.values()].map(({ competency, level }) => [competency.code, level]));
      const current = await em.find(PositionRequirement, { position }, { populate: ['competency'] });
      const before = levelsByCode(current.map((r) => [r.competency.code, r.requiredLevel]));
      for (const requirement of current) {
        const next = wanted.get(requirement.competency.id);
        if (!next) em.remove(requirement);
        else requirement.requiredLevel = next.level;
        wanted.delete(requirement.competency.id);
      }
      for (const { competency, level } of wanted.values()) em.create(PositionRequirement, { position, competency, requiredLevel: level });
      await em.flush();
      note.detail = { changes: changesOf(before, after) };
      return position;
    });
  }
}

async function findPosition(em: EntityManager, id: string, field: string[]): Promise<Position> {
  const key = parseId(id);
  const position = key == null ? null : await em.findOne(Position, key);
  return position ?? refuse(ErrorCode.NOT_FOUND, 'No position with this id.', field);
}

async function checkCodeFree(em: EntityManager, code: string, selfId: number | null, checks: InputChecks): Promise<void> {
  if (checks.failed(['input', 'code'])) return;
  const taken = await em.count(Position, selfId == null ? { code } : { code, id: { $ne: selfId } });
  if (taken > 0) checks.add(['input', 'code'], ErrorCode.CONFLICT, `A position with code ${code} already exists.`);
}

function snapshot(position: Position): Record<string, unknown> {
  return { code: position.code, title: position.title, positionType: position.positionType };
}

/** Required level per competency code, keyed in code order, for the audit trail. */
function levelsByCode(rows: [string, number][]): Record<string, number | null> {
  return Object.fromEntries(rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
