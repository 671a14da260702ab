import { shallowRef } from 'vue';
import { request } from '../../graphql/client';
import { SessionCreateDocument } from '../../graphql/generated/graphql';
import { sessionOf, setSession } from './session';

/** Signs in through `sessionCreate`; `error` holds the server's reason when it refuses. */
export function useSignIn() {
  const pending = shallowRef(false);
  const error = shallowRef<string | null>(null);

  async function signIn(username: string, password: string): Promise<boolean> {
    pending.value = true;
    error.value = null;
    try {
      const { sessionCreate: result } = await request(SessionCreateDocument, { input: { username, password } });
      if (!result.viewer) {
        error.value = result.userErrors[0]?.message ?? 'Sign-in failed';
        return false;
      }
      // The API has set the HttpOnly session cookie; only who signed in is kept here.
      setSession(sessionOf(result.viewer));
      return true;
    } catch (caught) {
      error.value = caught instanceof Error ? caught.message : String(caught);
      return false;
    } finally {
      pending.value = false;
    }
  }

  return { signIn, pending, error };
}
