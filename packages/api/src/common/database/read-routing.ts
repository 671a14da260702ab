import {
  PostgreSqlDriver, type CountOptions, type EntityData, type EntityManager, type FindOneOptions, type FindOptions, type MikroORM,
  type ObjectQuery, type PopulatePath,
} from '@mikro-orm/postgresql';

/** Where a request's reads go: `read` is a streaming replica (DATABASE_READ_URL), `write` the primary. */
export type ReadTarget = 'read' | 'write';

/** A request's read route: one object, set once the operation is known (read-routing.plugin.ts). */
export interface ReadRoute {
  target: ReadTarget;
}

const routes = new WeakMap<object, ReadRoute>();

/**
 * Lets the ORM reads of `em` (find, findOne, count, populate, the loaders) follow `route`: a
 * query operation's reads go to the replica when the routing allows it. Forks of `em` — every
 * transaction is one — have no route and use the primary, as do reads that name a connection.
 */
export function routeReads(em: EntityManager, route: ReadRoute): void {
  routes.set(em, route);
}

/** Where the reads of `em` outside a transaction go: its route's target, else the primary. */
export function readTargetOf(em: EntityManager): ReadTarget {
  return routes.get(em)?.target ?? 'write';
}

type Routable = { em?: unknown; ctx?: unknown; connectionType?: ReadTarget };

function routed<O extends Routable>(options: O | undefined): O | undefined {
  if (!options || options.connectionType || options.ctx || !options.em) return options;
  const route = routes.get(options.em);
  return route ? { ...options, connectionType: route.target } : options;
}

/**
 * The PostgreSQL driver with per-EntityManager read routing (`routeReads`). MikroORM picks a
 * connection per read from `connectionType`, else `preferReadReplicas` for the whole ORM; this
 * fills in `connectionType` from the calling EntityManager's route. Inside a transaction MikroORM
 * uses the primary whatever the option says, and writes never read it.
 */
export class RoutedPostgreSqlDriver extends PostgreSqlDriver {
  override find<T extends object, P extends string = never, F extends string = PopulatePath.ALL, E extends string = never>(
    entityName: string, where: ObjectQuery<T>, options?: FindOptions<T, P, F, E>): Promise<EntityData<T>[]> {
    return super.find(entityName, where, routed(options as Routable) as typeof options);
  }

  override findOne<T extends object, P extends string = never, F extends string = PopulatePath.ALL, E extends string = never>(
    entityName: string, where: ObjectQuery<T>, options?: FindOneOptions<T, P, F, E>): Promise<EntityData<T> | null> {
    return super.findOne(entityName, where, routed(options as Routable) as typeof options);
  }

  override count<T extends object>(entityName: string, where: unknown, options?: CountOptions<T>): Promise<number> {
    return super.count(entityName, where, routed(options as Routable) as typeof options);
  }
}

/** A PostgreSQL LSN (`16/B374D848`) as a number, to compare two positions in the WAL. */
export function lsnValue(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

/** How long one look at the replica's replay position is reused. */
const PROBE_TTL_MS = 1000;

/**
 * Read routing. With a replica configured, the analytics and list reads of a query operation go to
 * the replica — unless the caller's session wrote something the replica has not replayed yet: then
 * they stay on the primary until it has, so a person always sees their own write (read-your-writes).
 * The position of each session's last write is kept in its `user_session` row, so any API process
 * knows it. Mutations read and write the primary. A replica that cannot be reached sends every read
 * to the primary until it answers again.
 */
export class ReadRouting {
  private probe: { at: number; replayed: bigint | null } | null = null;
  private warnedAt = 0;

  constructor(private readonly orm: MikroORM, private readonly warn: (message: string) => void = console.warn) {}

  get enabled(): boolean {
    return (this.orm.config.get('replicas') ?? []).length > 0;
  }

  /** Where the reads of a query operation by this session go. */
  async targetFor(sessionId: string | null | undefined): Promise<ReadTarget> {
    if (!this.enabled) return 'write';
    const lastWrite = sessionId ? await this.lastWriteOf(sessionId) : null;
    let replayed = await this.replayed(false);
    if (replayed !== null && lastWrite !== null && replayed < lastWrite) replayed = await this.replayed(true);
    if (replayed === null) return 'write';
    return lastWrite === null || replayed >= lastWrite ? 'read' : 'write';
  }

  /** Records, after a mutation, how far the primary's WAL had got: the caller's reads wait for the replica to pass it. */
  async markWrite(sessionId: string): Promise<void> {
    if (!this.enabled) return;
    await this.orm.em.getConnection('write').execute(
      'update user_session set last_write_lsn = pg_current_wal_lsn() where id = ?', [sessionId]);
  }

  private async lastWriteOf(sessionId: string): Promise<bigint | null> {
    const [row] = await this.orm.em.getConnection('write').execute<{ lsn: string | null }[]>(
      'select last_write_lsn::text as lsn from user_session where id = ?', [sessionId]);
    return row?.lsn ? lsnValue(row.lsn) : null;
  }

  /** How far the replica has replayed the WAL; null when it cannot be reached. */
  private async replayed(fresh: boolean): Promise<bigint | null> {
    const now = Date.now();
    if (!fresh && this.probe && now - this.probe.at < PROBE_TTL_MS) return this.probe.replayed;
    let replayed: bigint | null = null;
    try {
      const [row] = await this.orm.em.getConnection('read').execute<{ lsn: string | null }[]>(
        'select pg_last_wal_replay_lsn()::text as lsn');
      // Not a standby (a replica URL pointing at a primary): everything is "replayed".
      replayed = row?.lsn ? lsnValue(row.lsn) : BigInt(Number.MAX_SAFE_INTEGER) ** 2n;
    } catch (error) {
      if (now - this.warnedAt > 60_000) {
        this.warnedAt = now;
        this.warn(`[read-routing] the replica cannot be reached; reads go to the primary: ${String(error)}`);
      }
    }
    this.probe = { at: now, replayed };
    return replayed;
  }
}
