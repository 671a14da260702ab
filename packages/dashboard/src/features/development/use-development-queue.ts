import { shallowRef, toValue, type MaybeRefOrGetter } from 'vue';
import type { DevelopmentStatus } from '@kinerja/shared';
import { request } from '../../graphql/client';
import { useQuery, type QueryState } from '../../graphql/use-query';
import {
  DevelopmentPlanItemCloseDocument,
  DevelopmentPlanItemDropDocument,
  DevelopmentPlanItemPlanDocument,
  DevelopmentQueueDocument,
  type DevelopmentQueueQuery,
} from '../../graphql/generated/graphql';

export type DevelopmentQueueData = DevelopmentQueueQuery['developmentQueue'];
export type DevelopmentQueueGroupRow = DevelopmentQueueData['groups'][number];
export type DevelopmentQueueItemRow = DevelopmentQueueGroupRow['items'][number];
export type DevelopmentAction = 'plan' | 'drop' | 'close';

export interface DevelopmentQueueState extends QueryState<DevelopmentQueueData> {
  /** Item id whose action is in flight. */
  busy: { value: string | null };
  /** Runs one action on an item and reloads the queue; resolves to the API's message when it refused. */
  act(action: DevelopmentAction, id: string, reason?: string): Promise<string | null>;
}

/** The queue of one agency subtree (null: not yet known), in one status (null: still open). */
export function useDevelopmentQueue(
  agencyId: MaybeRefOrGetter<string | null>,
  status: MaybeRefOrGetter<DevelopmentStatus | null>,
): DevelopmentQueueState {
  const query = useQuery(DevelopmentQueueDocument, () => {
    const agency = toValue(agencyId);
    return agency ? { filter: { agencyId: agency, status: toValue(status) } } : null;
  }, (result) => result.developmentQueue);
  const busy = shallowRef<string | null>(null);

  async function act(action: DevelopmentAction, id: string, reason = ''): Promise<string | null> {
    busy.value = id;
    try {
      const errors = action === 'plan'
        ? (await request(DevelopmentPlanItemPlanDocument, { input: { id } })).developmentPlanItemPlan.userErrors
        : action === 'close'
          ? (await request(DevelopmentPlanItemCloseDocument, { input: { id } })).developmentPlanItemClose.userErrors
          : (await request(DevelopmentPlanItemDropDocument, { input: { id, reason } })).developmentPlanItemDrop.userErrors;
      await query.refetch();
      return errors[0]?.message ?? null;
    } finally {
      busy.value = null;
    }
  }

  return { ...query, busy, act };
}
