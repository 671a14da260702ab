import { shallowRef, toValue, type MaybeRefOrGetter, type Ref } from 'vue';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { request } from './client';
import { useLatestRequest, watchVariables } from './latest-request';

export interface QueryState<T> {
  data: Ref<T | null>;
  loading: Ref<boolean>;
  error: Ref<Error | null>;
  /** Run the query again with the current variables (the "try again" button). */
  refetch: () => Promise<void>;
}

/**
 * Run a query now and whenever its (reactive) variables change; the result is `{ data, loading, error }`.
 * Only the latest request may write the state: a slow earlier answer is aborted and ignored.
 * Variables of `null` mean "not yet" (e.g. the filters are still being resolved): nothing is sent.
 * Feature composables wrap this and pick the part of the result their chart needs.
 */
export function useQuery<TResult, TVariables extends Record<string, unknown>, TData = TResult>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: MaybeRefOrGetter<TVariables | null>,
  select: (result: TResult) => TData = (result) => result as unknown as TData,
): QueryState<TData> {
  const data = shallowRef<TData | null>(null);
  const { loading, error, run } = useLatestRequest();
  const runOrWait = (vars: TVariables | null): Promise<void> =>
    run(vars === null ? null : (signal) => request(document, vars, { signal }), (result) => {
      data.value = select(result);
    });
  watchVariables(variables, (vars) => void runOrWait(vars));

  return { data, loading, error, refetch: () => runOrWait(toValue(variables)) };
}
