import { onBeforeUnmount, shallowRef, watch, type Ref } from 'vue';

/**
 * The width of an element in pixels, kept up to date (for charts whose labels wrap to fit). The element
 * may appear later (a card shows its chart only once the data is in): it is observed from then on.
 */
export function useElementWidth(element: Ref<HTMLElement | null>, fallback = 800): Ref<number> {
  const width = shallowRef(fallback);
  let observer: ResizeObserver | undefined;
  watch(
    element,
    (el) => {
      observer?.disconnect();
      observer = undefined;
      if (!el || typeof ResizeObserver === 'undefined') return;
      if (el.clientWidth > 0) width.value = el.clientWidth;
      observer = new ResizeObserver((entries) => {
        const next = Math.round(entries[0]?.contentRect.width ?? 0);
        // Small changes (scrollbars) would re-layout the chart for nothing.
        if (next > 0 && Math.abs(next - width.value) > 8) width.value = next;
      });
      observer.observe(el);
    },
    { immediate: true, flush: 'post' },
  );
  onBeforeUnmount(() => observer?.disconnect());
  return width;
}
