import { computed, effectScope, type ComputedRef, type EffectScope } from 'vue';
import { useQuery, type QueryState } from '../graphql/use-query';
import { ReferenceDocument, type ReferenceQuery } from '../graphql/generated/graphql';
import { session, type Session } from '../features/session/session';
import { buildAgencyTree, type AgencyTree } from './agency-tree';

export type ReferenceData = ReferenceQuery;
export type ReferenceAgency = ReferenceQuery['agencies'][number];
export type ReferenceCycle = ReferenceQuery['cycles'][number];
export type ReferenceCompetency = ReferenceQuery['competencies'][number];

export interface Reference extends QueryState<ReferenceData> {
  tree: ComputedRef<AgencyTree<ReferenceAgency> | null>;
}

// Loaded once per session and shared by every page: the filters of each page read the same lists.
// It lives in its own effect scope so that it outlives the page that asked first.
let cached: { owner: Session | null; scope: EffectScope; reference: Reference } | null = null;

/** Viewer, cycles, agency tree and competencies of the signed-in user. */
export function useReference(): Reference {
  // Each sign-in makes a new Session object: a different user never sees the previous one's lists.
  const owner = session.value;
  if (cached && cached.owner === owner) return cached.reference;
  cached?.scope.stop();
  const scope = effectScope(true);
  const reference = scope.run(() => {
    const state = useQuery(ReferenceDocument, {});
    const tree = computed(() => (state.data.value ? buildAgencyTree(state.data.value.agencies) : null));
    return { ...state, tree };
  })!;
  cached = { owner, scope, reference };
  return reference;
}

/** Forget the cached lists (tests, sign-out). */
export function resetReference(): void {
  cached?.scope.stop();
  cached = null;
}
