import { useI18n } from 'vue-i18n';
import { intlLocale } from '../../format/format';

/** Dates as people read them: "12 Mar 2026" and "12 Mar 2026 09.30" in Indonesian. */
export function useDates() {
  const { locale } = useI18n();
  const make = (options: Intl.DateTimeFormatOptions) => (value: unknown): string => {
    if (value == null || value === '') return '–';
    return new Intl.DateTimeFormat(intlLocale(locale.value), options).format(new Date(value as string));
  };
  return {
    date: make({ day: 'numeric', month: 'short', year: 'numeric' }),
    dateTime: make({ day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
  };
}
