/** PostgreSQL `integer` (int4) holds ids up to 2^31 − 1; a larger number would be a database error. */
export const MAX_ID = 2_147_483_647;

/**
 * The one parser of GraphQL `ID` arguments. Ids are decimal integers within PostgreSQL's int4 range
 * (1..2147483647); anything else names no record, so callers treat null exactly like a missing row
 * and never send an out-of-range number to the database.
 */
export function parseId(value: string | null | undefined): number | null {
  if (value == null || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= MAX_ID ? id : null;
}
