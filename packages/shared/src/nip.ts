import { EmploymentType } from './employee';

/** The parts encoded in a NIP (nomor induk pegawai) of a PNS. */
export interface NipParts {
  /** the 18 digits, without spaces */
  value: string;
  /** YYYY-MM-DD (tanggal lahir) */
  birthDate: string;
  /** YYYY-MM (TMT pengangkatan pertama) */
  appointmentMonth: string;
  gender: 'MALE' | 'FEMALE';
  /** nomor urut, 1-based */
  sequence: number;
}

export type NipResult = { ok: true; nip: NipParts } | { ok: false; reason: string };
export type IdentityResult = { ok: true } | { ok: false; reason: string };

/** NIPs are often written grouped ("19741028 199505 1 001"); both spellings mean the same number. */
export function normalizeIdentityNumber(raw: string): string {
  return raw.replace(/\s+/g, '');
}

const EIGHTEEN_DIGITS = /^\d{18}$/;
const MIN_APPOINTMENT_AGE = 18;
/** No serving civil servant was born before this year: an earlier birth year is a typing error. */
export const EARLIEST_NIP_BIRTH_YEAR = 1940;

/**
 * Today's date (YYYY-MM-DD) in WIT (UTC+9), the last Indonesian time zone to reach a date: a date
 * that is today anywhere in the country is never "in the future".
 */
export function todayInIndonesia(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Parses a PNS NIP: YYYYMMDD birth date + YYYYMM first appointment + gender digit (1 male, 2 female)
 * + NNN sequence from 001. SPEC §7; the age floor is PP 11/2017 art. 23 (applicants are at least 18).
 * Impossible years are refused too: a birth before 1940 or after `today`, an appointment after
 * `today`'s month. Checks run left to right, so the reason names the first bad part.
 */
export function parseNip(raw: string, today: string = todayInIndonesia()): NipResult {
  const value = normalizeIdentityNumber(raw);
  if (!EIGHTEEN_DIGITS.test(value)) return fail('must be 18 digits');

  const birthYear = digits(value, 0, 4);
  const birthMonth = digits(value, 4, 6);
  const birthDay = digits(value, 6, 8);
  const appointmentYear = digits(value, 8, 12);
  const appointmentMonth = digits(value, 12, 14);
  const genderDigit = value[14];
  const sequence = digits(value, 15, 18);

  const birthError = monthError(birthMonth) ?? dayError(birthYear, birthMonth, birthDay);
  if (birthError) return fail(birthError);
  const birthDate = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
  if (birthYear < EARLIEST_NIP_BIRTH_YEAR) return fail(`birth year ${birthYear} is before ${EARLIEST_NIP_BIRTH_YEAR}`);
  if (birthDate > today) return fail(`birth date ${birthDate} is in the future`);
  const appointmentError = monthError(appointmentMonth);
  if (appointmentError) return fail(appointmentError);
  const appointment = `${value.slice(8, 12)}-${value.slice(12, 14)}`;
  if (appointment > today.slice(0, 7)) return fail(`appointment month ${appointment} is in the future`);

  // Only the appointment month is known: an appointment in the month of the 18th birthday passes.
  if (appointmentYear * 12 + appointmentMonth < (birthYear + MIN_APPOINTMENT_AGE) * 12 + birthMonth) {
    return fail('appointment precedes 18th birthday');
  }
  if (genderDigit !== '1' && genderDigit !== '2') return fail('gender digit must be 1 or 2');
  if (sequence === 0) return fail('sequence must start at 001');

  return {
    ok: true,
    nip: {
      value,
      birthDate,
      appointmentMonth: appointment,
      gender: genderDigit === '1' ? 'MALE' : 'FEMALE',
      sequence,
    },
  };
}

/** PNS: a full NIP check. PPPK: the NI PPPK is 18 digits with no structure to check (SPEC §7). */
export function validateIdentityNumber(type: EmploymentType, raw: string, today: string = todayInIndonesia()): IdentityResult {
  if (type === EmploymentType.PNS) {
    const parsed = parseNip(raw, today);
    return parsed.ok ? { ok: true } : parsed;
  }
  return EIGHTEEN_DIGITS.test(normalizeIdentityNumber(raw)) ? { ok: true } : fail('must be 18 digits');
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

function digits(value: string, start: number, end: number): number {
  return Number(value.slice(start, end));
}

function monthError(month: number): string | null {
  return month >= 1 && month <= 12 ? null : `month ${month} is not a date`;
}

function dayError(year: number, month: number, day: number): string | null {
  if (day >= 1 && day <= daysInMonth(year, month)) return null;
  return `day ${day} is not a date in ${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; setUTCFullYear keeps years < 100 literal.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}
