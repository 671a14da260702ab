/** Machine-readable error codes, shared by API user errors and the dashboard's messages. */
export const ErrorCode = {
  /** an input value is malformed or out of range */
  VALIDATION: 'VALIDATION',
  /** absent, or outside the caller's scope: the two look the same (SPEC §6) */
  NOT_FOUND: 'NOT_FOUND',
  /** a duplicate natural key, or a stale write lost to a concurrent one */
  CONFLICT: 'CONFLICT',
  /** the action is not allowed in the record's current status */
  INVALID_STATE: 'INVALID_STATE',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** PP 30/2019 art. 59: objections only within 14 days of the rating */
  OBJECTION_WINDOW_CLOSED: 'OBJECTION_WINDOW_CLOSED',
  LEVEL_OUT_OF_RANGE: 'LEVEL_OUT_OF_RANGE',
  UNKNOWN_COMPETENCY: 'UNKNOWN_COMPETENCY',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
export const ERROR_CODES = Object.values(ErrorCode);

/** Default messages for each code, Indonesian first; an API message may be more specific. */
export const USER_ERROR_MESSAGES: Readonly<Record<ErrorCode, { id: string; en: string }>> = {
  VALIDATION: { id: 'Data yang diisi tidak valid.', en: 'The input is not valid.' },
  NOT_FOUND: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  CONFLICT: {
    id: 'Data telah diubah oleh pengguna lain. Muat ulang lalu coba lagi.',
    en: 'Someone else changed this record. Reload and try again.',
  },
  INVALID_STATE: {
    id: 'Tindakan ini tidak dapat dilakukan pada status saat ini.',
    en: 'This action is not allowed in the current status.',
  },
  FORBIDDEN: { id: 'Anda tidak berwenang melakukan tindakan ini.', en: 'You are not allowed to do this.' },
  UNAUTHENTICATED: { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  OBJECTION_WINDOW_CLOSED: {
    id: 'Batas waktu pengajuan keberatan (14 hari) telah lewat.',
    en: 'The 14-day objection period has passed.',
  },
  LEVEL_OUT_OF_RANGE: { id: 'Level kompetensi harus 1 sampai 5.', en: 'Competency level must be 1 to 5.' },
  UNKNOWN_COMPETENCY: { id: 'Kompetensi tidak dikenal.', en: 'Unknown competency.' },
  RATE_LIMITED: {
    id: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.',
    en: 'Too many requests. Try again shortly.',
  },
  INTERNAL: { id: 'Terjadi kesalahan pada sistem.', en: 'Something went wrong on our side.' },
};
