import { ref, watch, type Ref } from 'vue';

const PREFIX = 'kinerja.draft.';

/**
 * A form's unsent answers, kept in this browser until they are sent (STYLE "Drafts are never lost"):
 * a self-assessment or a rating survives a closed tab. Only the person's own input is stored, never
 * anything read from the API.
 */
export function useDraft<T extends object>(key: () => string, initial: () => T): { draft: Ref<T>; discard: () => void } {
  const read = (): T => {
    try {
      const stored = globalThis.localStorage?.getItem(PREFIX + key());
      return stored ? { ...initial(), ...(JSON.parse(stored) as Partial<T>) } : initial();
    } catch {
      return initial();
    }
  };
  const draft = ref(read()) as Ref<T>;
  watch(key, () => { draft.value = read(); });
  watch(draft, (value) => {
    try {
      globalThis.localStorage?.setItem(PREFIX + key(), JSON.stringify(value));
    } catch {
      // Storage may be full or disabled: the form still works, only the safety net is missing.
    }
  }, { deep: true });
  return {
    draft,
    discard() {
      try { globalThis.localStorage?.removeItem(PREFIX + key()); } catch { /* nothing stored */ }
      draft.value = initial();
    },
  };
}
