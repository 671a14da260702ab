import { computed, shallowRef } from 'vue';
import type { Role } from '@kinerja/shared';

/** What the dashboard keeps of a sign-in: the bearer token and who it belongs to. */
export interface Session {
  token: string;
  expiresAt: string;
  username: string;
  role: Role;
  /** Root of the agency subtree the account is scoped to (agency-scoped roles). */
  agencyId: string | null;
  agencyCode: string | null;
  agencyName: string | null;
  /** The account's own employee record (SUPERVISOR, EMPLOYEE). */
  employeeId: string | null;
  employeeName: string | null;
}

const STORAGE_KEY = 'kinerja.session';

function restore(): Session | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const stored = JSON.parse(raw) as Partial<Session>;
    if (!stored.token || !stored.expiresAt || !stored.role || !stored.username) return null;
    if (new Date(stored.expiresAt).getTime() <= Date.now()) return null;
    // Sessions stored by an older dashboard lack the ids; they are filled in as null, not guessed.
    return {
      token: stored.token,
      expiresAt: stored.expiresAt,
      username: stored.username,
      role: stored.role,
      agencyId: stored.agencyId ?? null,
      agencyCode: stored.agencyCode ?? null,
      agencyName: stored.agencyName ?? null,
      employeeId: stored.employeeId ?? null,
      employeeName: stored.employeeName ?? null,
    };
  } catch {
    return null;
  }
}

const current = shallowRef<Session | null>(restore());

/** The signed-in user, shared by the whole app. */
export const session = computed(() => current.value);

export function setSession(next: Session | null): void {
  current.value = next;
  if (next) globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(next));
  else globalThis.localStorage?.removeItem(STORAGE_KEY);
}

/** Header for API requests: the token of a live session, nothing otherwise. */
export function authorizationHeader(): Record<string, string> {
  const s = current.value;
  if (!s) return {};
  if (new Date(s.expiresAt).getTime() <= Date.now()) {
    setSession(null);
    return {};
  }
  return { authorization: `Bearer ${s.token}` };
}
