import { onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { request } from './client';

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
  const loading = shallowRef(false);
  const error = shallowRef<Error | null>(null);
  let current: AbortController | undefined;

  async function run(vars: TVariables): Promise<void> {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    loading.value = true;
    error.value = null;
    try {
      const result = await request(document, vars, { signal: controller.signal });
      if (current !== controller) return;
      data.value = select(result);
    } catch (caught) {
      if (current !== controller) return;
      error.value = caught instanceof Error ? caught : new Error(String(caught));
    } finally {
      if (current === controller) loading.value = false;
    }
  }

  function runOrWait(vars: TVariables | null): Promise<void> {
    if (vars !== null) return run(vars);
    current?.abort();
    current = undefined;
    loading.value = false;
    return Promise.resolve();
  }

  // Variables are often rebuilt from the URL: an equal set of variables must not fetch again.
  let lastKey: string | undefined;
  watch(
    () => toValue(variables),
    (vars) => {
      const key = JSON.stringify(vars);
      if (key === lastKey) return;
      lastKey = key;
      void runOrWait(vars);
    },
    { immediate: true, deep: true },
  );
  onScopeDispose(() => {
    current?.abort();
    current = undefined;
  });

  return { data, loading, error, refetch: () => runOrWait(toValue(variables)) };
}
