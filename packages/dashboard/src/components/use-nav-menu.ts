import { shallowRef } from 'vue';

/**
 * Whether the phone menu is open. On a phone the navigation, the account and the language switch
 * live in one panel under the compact top bar (AppHeader's menu button opens it, AppNav draws it).
 */
export const navMenuOpen = shallowRef(false);

export function toggleNavMenu(): void {
  navMenuOpen.value = !navMenuOpen.value;
}

export function closeNavMenu(): void {
  navMenuOpen.value = false;
}
