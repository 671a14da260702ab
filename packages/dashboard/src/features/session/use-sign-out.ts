import { shallowRef } from 'vue';
import { request } from '../../graphql/client';
import { SessionDeleteDocument } from '../../graphql/generated/graphql';
import { setSession } from './session';

/**
 * Signs out: sessionDelete clears the HttpOnly session cookie. The local session is dropped even
 * when the server cannot be reached: a user who clicks "Keluar" must be out of the page.
 */
export function useSignOut() {
  const pending = shallowRef(false);

  async function signOut(): Promise<void> {
    pending.value = true;
    try {
      await request(SessionDeleteDocument, {});
    } catch {
      // Nothing to tell the user: the cookie's token expires on the server by itself.
    } finally {
      setSession(null);
      pending.value = false;
    }
  }

  return { signOut, pending };
}
