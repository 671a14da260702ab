import { computed, shallowRef } from 'vue';
import type { Role } from '@kinerja/shared';
import { onUnauthenticated } from '../../graphql/client';

/**
 * Who is signed in. The session itself is the API's HttpOnly cookie (set by sessionCreate, cleared by
 * sessionDelete): no script on the page can read it, so a cross-site-scripting bug cannot steal it the
 * way it could a token kept in localStorage.
 */
export interface Session {
  username: string;
  /** The account's main role (the first of `roles`). */
  role: Role;
  /** Every role the account holds: a kepala dinas is SUPERVISOR and LEADER with one sign-in (SPEC §6). */
  roles: readonly Role[];
  /** Root of the agency subtree the account is scoped to (agency-scoped roles). */
  agencyId: string | null;
  agencyCode: string | null;
  agencyName: string | null;
  /** The account's own employee record (SUPERVISOR, EMPLOYEE). */
  employeeId: string | null;
  employeeName: string | null;
}

/** The shape of `viewer` in the Viewer query and the sessionCreate payload. */
export interface ViewerFields {
  username: string;
  role: Role;
  roles?: readonly Role[] | null;
  agency?: { id: string; code: string; name: string } | null;
  employee?: { id: string; name: string } | null;
}

export function sessionOf(viewer: ViewerFields): Session {
  return {
    username: viewer.username,
    role: viewer.role,
    roles: viewer.roles?.length ? viewer.roles : [viewer.role],
    agencyId: viewer.agency?.id ?? null,
    agencyCode: viewer.agency?.code ?? null,
    agencyName: viewer.agency?.name ?? null,
    employeeId: viewer.employee?.id ?? null,
    employeeName: viewer.employee?.name ?? null,
  };
}

// Older dashboards kept the bearer token here; forget it.
try {
  globalThis.localStorage?.removeItem('kinerja.session');
} catch {
  // Storage may be unavailable (private mode); there is then nothing to forget.
}

const current = shallowRef<Session | null>(null);

/** The signed-in user, shared by the whole app. */
export const session = computed(() => current.value);

export function setSession(next: Session | null): void {
  current.value = next;
}

// An expired or revoked session (any request answered UNAUTHENTICATED): forget it.
onUnauthenticated(() => setSession(null));
