import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency } from './agency.entity.js';

export class AgencyService {
  constructor(private readonly em: EntityManager) {}

  list(): Promise<Agency[]> {
    return this.em.find(Agency, {}, { orderBy: { depth: 'asc', name: 'asc' } });
  }

  /** By id or code; an id that is not a number simply finds nothing. */
  async find(key: { id?: string | null; code?: string | null }): Promise<Agency | null> {
    if (key.id != null) return /^\d+$/.test(key.id) ? this.em.findOne(Agency, { id: Number(key.id) }) : null;
    if (key.code != null) return this.em.findOne(Agency, { code: key.code });
    return null;
  }
}
