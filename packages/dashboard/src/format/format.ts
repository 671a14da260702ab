// Number formatting for the dashboard: Indonesian grouping (12.345, 79,4%) or English (12,345, 79.4%).
// Pure and DOM-free so option builders and their node tests use exactly what the screen shows.

export interface Formatters {
  /** 12.345 */
  integer(value: number): string;
  /** 84,8 (one decimal unless told) */
  decimal(value: number, digits?: number): string;
  /** A share 0..1 as 79,4% */
  percent(value: number, digits?: number): string;
  /** Rp 29.500.000 */
  rupiah(value: number): string;
  /** Rp 29,5 jt: axes and tight labels */
  rupiahCompact(value: number): string;
  /** 216 JP */
  jp(value: number): string;
  /** +3,2 / −1 / 0: a change, always signed */
  signed(value: number, digits?: number): string;
}

const INTL_LOCALE: Record<string, string> = { id: 'id-ID', en: 'en-GB' };

export function intlLocale(locale: string): string {
  return INTL_LOCALE[locale] ?? locale;
}

export function createFormatters(locale: string): Formatters {
  const tag = intlLocale(locale);
  const cache = new Map<string, Intl.NumberFormat>();
  const nf = (key: string, options: Intl.NumberFormatOptions) => {
    let format = cache.get(key);
    if (!format) {
      format = new Intl.NumberFormat(tag, options);
      cache.set(key, format);
    }
    return format;
  };
  // Intl writes "Rp 29.500.000" with a no-break space in Indonesian, "IDR 29,500,000" in English;
  // officials read "Rp" in both languages.
  const rupiahPrefix = (text: string) => text.replace(/^IDR\s?/, 'Rp\u00a0').replace(/^Rp\s?/, 'Rp\u00a0');
  const minus = (text: string) => text.replace(/^-/, '−');

  return {
    integer: (value) => minus(nf('int', { maximumFractionDigits: 0 }).format(value)),
    decimal: (value, digits = 1) =>
      minus(nf(`dec${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)),
    percent: (value, digits = 1) =>
      minus(nf(`pct${digits}`, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: digits }).format(value)),
    rupiah: (value) =>
      minus(rupiahPrefix(nf('idr', { style: 'currency', currency: 'IDR', currencyDisplay: 'symbol', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value))),
    rupiahCompact: (value) =>
      minus(`Rp\u00a0${nf('cmp', { notation: 'compact', maximumFractionDigits: 1 }).format(value)}`),
    jp: (value) => `${nf('jp', { maximumFractionDigits: 1 }).format(value)}\u00a0JP`,
    signed: (value, digits = 0) => {
      const text = nf(`sgn${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
      return minus(text);
    },
  };
}

/** What to write instead of a figure that is missing: a suppressed small group, or no data. */
export interface MissingFigureText {
  /** "disembunyikan (kelompok < 5 orang)" */
  suppressed: string;
  /** "tidak ada data" */
  noData: string;
}

/** A figure for display: never 0 for a missing value (SPEC §5: "no data" must not read as 0%). */
export function figureText<T extends number>(
  value: T | null | undefined,
  format: (value: T) => string,
  missing: MissingFigureText,
  suppressed = false,
): string {
  if (suppressed) return missing.suppressed;
  if (value === null || value === undefined || Number.isNaN(value)) return missing.noData;
  return format(value);
}
