import { shallowRef, toValue, type MaybeRefOrGetter, type Ref } from 'vue';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { request } from './client';
import { useLatestRequest, watchVariables } from './latest-request';

/** The parts of a GraphQL connection a list needs. */
export interface ConnectionPage<TNode> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: TNode[];
}

export interface ConnectionState<TNode> {
  nodes: Ref<TNode[]>;
  totalCount: Ref<number | null>;
  hasNextPage: Ref<boolean>;
  loading: Ref<boolean>;
  error: Ref<Error | null>;
  /** Append the next page. */
  loadMore: () => Promise<void>;
  /** Start again from the first page. */
  refetch: () => Promise<void>;
}

/**
 * A list read a page at a time (`first`/`after`): the first page whenever the variables change, the
 * next ones on "load more". Variables of `null` mean "not yet". Answers to old variables are dropped.
 */
export function useConnection<TResult, TVariables extends { after?: string | null } & Record<string, unknown>, TNode>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: MaybeRefOrGetter<Omit<TVariables, 'after'> | null>,
  select: (result: TResult) => ConnectionPage<TNode>,
): ConnectionState<TNode> {
  const nodes = shallowRef<TNode[]>([]);
  const totalCount = shallowRef<number | null>(null);
  const hasNextPage = shallowRef(false);
  let endCursor: string | null = null;
  const { loading, error, run } = useLatestRequest();

  function fetchPage(append: boolean): Promise<void> {
    const vars = toValue(variables);
    const after = append ? endCursor : null;
    return run(vars === null ? null : (signal) => request(document, { ...vars, after } as TVariables, { signal }), (result) => {
      const page = select(result);
      nodes.value = append ? [...nodes.value, ...page.nodes] : page.nodes;
      totalCount.value = page.totalCount;
      hasNextPage.value = page.pageInfo.hasNextPage;
      endCursor = page.pageInfo.endCursor;
    });
  }

  watchVariables(variables, () => {
    nodes.value = [];
    totalCount.value = null;
    hasNextPage.value = false;
    endCursor = null;
    void fetchPage(false);
  });

  return {
    nodes,
    totalCount,
    hasNextPage,
    loading,
    error,
    loadMore: () => (hasNextPage.value ? fetchPage(true) : Promise.resolve()),
    refetch: () => fetchPage(false),
  };
}
