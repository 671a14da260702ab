import { computed } from 'vue';
import { createI18n, useI18n } from 'vue-i18n';
import id, { type MessageSchema } from './id';
import en from './en';

export const SUPPORTED_LOCALES = ['id', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'id';

const STORAGE_KEY = 'kinerja.locale';

// Typed message keys for `t()` everywhere (global scope).
declare module 'vue-i18n' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

function isAppLocale(value: unknown): value is AppLocale {
  return (SUPPORTED_LOCALES as readonly unknown[]).includes(value);
}

/** The locale the user chose last time, or Indonesian. */
export function readStoredLocale(): AppLocale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isAppLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can be disabled by policy (kiosk browsers, private mode); fall back quietly.
    return DEFAULT_LOCALE;
  }
}

const integer = { style: 'decimal', maximumFractionDigits: 0 } as const;
const decimal = { style: 'decimal', minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;
const percent = { style: 'percent', maximumFractionDigits: 1 } as const;

export function createAppI18n(locale: AppLocale = readStoredLocale()) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { id, en },
    // Intl formats: 12.345 in Indonesian, 12,345 in English.
    numberFormats: {
      id: { integer, decimal, percent },
      en: { integer, decimal, percent },
    },
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** Remember the language and tell the browser (screen readers, hyphenation, number input). */
export function applyLocale(locale: AppLocale): void {
  document.documentElement.lang = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not persisting is acceptable; the switch still works for this visit.
  }
}

/** The current UI language and a way to change it, for the language switch. */
export function useAppLocale() {
  const { locale } = useI18n({ useScope: 'global' });
  const current = computed<AppLocale>(() => (isAppLocale(locale.value) ? locale.value : DEFAULT_LOCALE));
  function setLocale(next: AppLocale): void {
    locale.value = next;
    applyLocale(next);
  }
  return { locale: current, setLocale };
}
