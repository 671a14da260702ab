import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { FieldDescriptionKey } from '../graphql/generated/field-descriptions';
import { definitionOf } from '../i18n/definitions';
import type { AppLocale } from '../i18n';
import { createFormatters, figureText, type Formatters, type MissingFigureText } from './format';

/**
 * Formatters for the current UI language, the words for missing figures, and the definition of a
 * figure from the schema (translated where we have it). Every component that shows numbers uses this.
 */
export function useFormat() {
  const { t, locale } = useI18n();
  const appLocale = computed<AppLocale>(() => (locale.value === 'en' ? 'en' : 'id'));
  const format = computed<Formatters>(() => createFormatters(appLocale.value));
  const missing = computed<MissingFigureText>(() => ({ suppressed: t('figure.suppressed'), noData: t('figure.noData') }));

  return {
    format,
    missing,
    locale: appLocale,
    /** A figure, or why there is none. */
    figure<T extends number>(value: T | null | undefined, formatter: (value: T) => string, suppressed = false): string {
      return figureText(value, formatter, missing.value, suppressed);
    },
    define: (key: FieldDescriptionKey) => definitionOf(key, appLocale.value),
  };
}
