import { request } from '../../graphql/client';
import { ViewerDocument } from '../../graphql/generated/graphql';
import { session, sessionOf, setSession } from './session';

let restoring: Promise<void> | null = null;

/**
 * Asks the API who the session cookie belongs to, once per page load (the router waits for it
 * before the first page). A network failure leaves the user signed out: the sign-in page follows.
 */
export function restoreSession(): Promise<void> {
  restoring ??= request(ViewerDocument, {})
    .then(({ viewer }) => { if (!session.value) setSession(viewer ? sessionOf(viewer) : null); })
    .catch(() => undefined);
  return restoring;
}
