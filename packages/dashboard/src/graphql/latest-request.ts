import { onScopeDispose, shallowRef, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';

export interface LatestRequest {
  loading: Ref<boolean>;
  error: Ref<Error | null>;
  /**
   * Abort the request in flight and send a new one; `apply` writes its answer only if no later call came
   * since. `null` instead of a request ("not yet") only aborts and stops loading.
   */
  run: <TAnswer>(send: ((signal: AbortSignal) => Promise<TAnswer>) | null, apply: (answer: TAnswer) => void) => Promise<void>;
}

/**
 * The plumbing useQuery and useConnection share, so a stale answer is dropped the same way in both: only
 * the latest request may write `loading`, `error` or the data; leaving the scope aborts what is in flight.
 */
export function useLatestRequest(): LatestRequest {
  const loading = shallowRef(false);
  const error = shallowRef<Error | null>(null);
  let current: AbortController | undefined;

  async function run<TAnswer>(
    send: ((signal: AbortSignal) => Promise<TAnswer>) | null,
    apply: (answer: TAnswer) => void,
  ): Promise<void> {
    current?.abort();
    if (send === null) {
      current = undefined;
      loading.value = false;
      return;
    }
    const controller = new AbortController();
    current = controller;
    loading.value = true;
    error.value = null;
    try {
      const answer = await send(controller.signal);
      if (current !== controller) return;
      apply(answer);
    } catch (caught) {
      if (current !== controller) return;
      error.value = caught instanceof Error ? caught : new Error(String(caught));
    } finally {
      if (current === controller) loading.value = false;
    }
  }

  onScopeDispose(() => {
    current?.abort();
    current = undefined;
  });

  return { loading, error, run };
}

/**
 * Call `onVariables` now and whenever the (reactive) variables change to a different set: they are often
 * rebuilt from the URL, and an equal set must not fetch again.
 */
export function watchVariables<TVariables>(
  variables: MaybeRefOrGetter<TVariables | null>,
  onVariables: (vars: TVariables | null) => void,
): void {
  let lastKey: string | undefined;
  watch(
    () => toValue(variables),
    (vars) => {
      const key = JSON.stringify(vars);
      if (key === lastKey) return;
      lastKey = key;
      onVariables(vars);
    },
    { immediate: true, deep: true },
  );
}
