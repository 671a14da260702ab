import type { EntityManager } from '@mikro-orm/postgresql';
import { CompetencyCategory, COMPETENCY_LEVELS, ErrorCode, Role } from '@kinerja/shared';
import { auditedWrite, changesOf, type WriteOutcome } from '../../common/audit/audited-write.js';
import { hasRole, type Viewer } from '../../common/auth/viewer.js';
import { parseId } from '../../common/graphql/ids.js';
import { InputChecks } from '../../common/input/input-checks.js';
import { denied, refuse } from '../../common/input/refusal.js';
import { assertMaintains, ownerForNew } from '../agency/ownership.js';
import { Competency, CompetencyLevel } from './competency.entity.js';
import type { CompetencyCreateInput, CompetencyUpdateInput } from './competency.input.js';

/**
 * Maintains the competency catalogue. Managerial and socio-cultural competencies are the national
 * catalogue (PermenPANRB 38/2017), an ADMIN's; technical competencies are defined per agency
 * (SPEC §2): one created by an HR admin belongs to their pemda and only its BKD changes it
 * (agency/ownership.ts). Codes are one namespace; pemdas are expected to prefix theirs (KDI-T-KEU).
 */
export class CompetencyService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  create(input: CompetencyCreateInput, requestId: string): Promise<WriteOutcome<Competency>> {
    return auditedWrite({ em: this.em, viewer: this.viewer, requestId }, 'COMPETENCY_CREATE', { subjectType: 'competency' }, async (em, note) => {
      const checks = new InputChecks();
      const code = checks.code(input.code, ['input', 'code']);
      const name = checks.name(input.name, ['input', 'name']);
      const descriptors = checkDescriptors(input.levelDescriptors, checks);
      await checkCodeFree(em, code, null, checks);
      checks.done();
      nationalUnlessTechnical(this.viewer, input.category);

      const competency = em.create(Competency, { code, name, category: input.category, ownerAgency: await ownerForNew(em, this.viewer) });
      for (const [i, descriptor] of descriptors.entries()) em.create(CompetencyLevel, { competency, level: i + 1, descriptor });
      await em.flush();
      note.subjectId = competency.id;
      note.detail = { code, name, category: input.category };
      return competency;
    });
  }

  update(input: CompetencyUpdateInput, requestId: string): Promise<WriteOutcome<Competency>> {
    const subject = { subjectType: 'competency', subjectId: input.id };
    return auditedWrite({ em: this.em, viewer: this.viewer, requestId }, 'COMPETENCY_UPDATE', subject, async (em, note) => {
      const id = parseId(input.id);
      const competency = id == null ? null : await em.findOne(Competency, id, { populate: ['levels'] });
      if (!competency) return refuse(ErrorCode.NOT_FOUND, 'No competency with this id.', ['input', 'id']);
      await assertMaintains(em, this.viewer, competency.ownerAgency?.id ?? null, 'competency');
      if (input.category != null) nationalUnlessTechnical(this.viewer, input.category);
      const before = snapshot(competency);

      const checks = new InputChecks();
      const code = input.code == null ? competency.code : checks.code(input.code, ['input', 'code']);
      const name = input.name == null ? competency.name : checks.name(input.name, ['input', 'name']);
      const descriptors = input.levelDescriptors == null ? null : checkDescriptors(input.levelDescriptors, checks);
      if (code !== competency.code) await checkCodeFree(em, code, competency.id, checks);
      checks.done();

      em.assign(competency, { code, name, category: input.category ?? competency.category });
      if (descriptors) {
        const existing = new Map(competency.levels.getItems().map((l) => [l.level, l]));
        for (const [i, descriptor] of descriptors.entries()) {
          const row = existing.get(i + 1);
          if (row) row.descriptor = descriptor;
          else competency.levels.add(em.create(CompetencyLevel, { competency, level: i + 1, descriptor }));
        }
      }
      await em.flush();
      note.detail = { changes: changesOf(before, snapshot(competency)) };
      return competency;
    });
  }
}

/** Only the national catalogue holds managerial and socio-cultural competencies. */
function nationalUnlessTechnical(viewer: Viewer, category: CompetencyCategory): void {
  if (!hasRole(viewer, Role.ADMIN) && category !== CompetencyCategory.TECHNICAL) {
    throw denied(ErrorCode.FORBIDDEN, 'Managerial and socio-cultural competencies are the national catalogue; only an administrator changes it.', ['input', 'category']);
  }
}

/** Level descriptors are not in the datasets; a paragraph is plenty. */
const DESCRIPTOR_LIMIT = 2000;

/** Exactly one descriptor per level 1..5 (PermenPANRB 38/2017), level 1 first. */
function checkDescriptors(descriptors: readonly string[], checks: InputChecks): string[] {
  if (descriptors.length !== COMPETENCY_LEVELS.length) {
    checks.add(['input', 'levelDescriptors'], ErrorCode.VALIDATION,
      `Give exactly ${COMPETENCY_LEVELS.length} descriptors, level 1 first (got ${descriptors.length}).`);
    return [];
  }
  return descriptors.map((d, i) => checks.text(d, ['input', 'levelDescriptors', String(i)], { max: DESCRIPTOR_LIMIT }));
}

async function checkCodeFree(em: EntityManager, code: string, selfId: number | null, checks: InputChecks): Promise<void> {
  if (checks.failed(['input', 'code'])) return;
  const taken = await em.count(Competency, selfId == null ? { code } : { code, id: { $ne: selfId } });
  if (taken > 0) checks.add(['input', 'code'], ErrorCode.CONFLICT, `A competency with code ${code} already exists.`);
}

function snapshot(competency: Competency): Record<string, unknown> {
  return {
    code: competency.code,
    name: competency.name,
    category: competency.category,
    levelDescriptors: competency.levels.isInitialized() ? competency.levels.getItems().map((l) => l.descriptor) : null,
  };
}
