import { onBeforeUnmount, watch, type Ref } from 'vue';

/** Closes a popover on a click outside `root` or on Escape (focus goes back to the opener). */
export function useDismiss(root: Ref<HTMLElement | null>, open: Ref<boolean>, opener?: Ref<HTMLElement | null>) {
  function onPointer(event: PointerEvent) {
    if (root.value && !root.value.contains(event.target as Node)) open.value = false;
  }
  function onKey(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    open.value = false;
    opener?.value?.focus();
  }
  function detach() {
    document.removeEventListener('pointerdown', onPointer, true);
    document.removeEventListener('keydown', onKey);
  }
  watch(open, (isOpen) => {
    if (isOpen) {
      document.addEventListener('pointerdown', onPointer, true);
      document.addEventListener('keydown', onKey);
    } else detach();
  });
  onBeforeUnmount(detach);
}
