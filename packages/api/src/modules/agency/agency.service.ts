import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { Agency } from './agency.entity.js';

/** Agencies as one viewer sees them: only those in their scope exist. */
export class AgencyService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  private visible(): FilterQuery<Agency> {
    return this.viewer.agencyIds === 'ALL' ? {} : { id: { $in: [...this.viewer.agencyIds] } };
  }

  list(): Promise<Agency[]> {
    return this.em.find(Agency, this.visible(), { orderBy: { depth: 'asc', name: 'asc' } });
  }

  /** By id or code; an id that is not a number, or an agency out of scope, finds nothing. */
  async find(key: { id?: string | null; code?: string | null }): Promise<Agency | null> {
    if (key.id != null) {
      return /^\d+$/.test(key.id) ? this.em.findOne(Agency, { $and: [{ id: Number(key.id) }, this.visible()] }) : null;
    }
    if (key.code != null) return this.em.findOne(Agency, { $and: [{ code: key.code }, this.visible()] });
    return null;
  }
}
