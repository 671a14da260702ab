import { shallowRef } from 'vue';
import { request } from '../../graphql/client';
import { SessionCreateDocument } from '../../graphql/generated/graphql';
import { setSession } from './session';

/** Signs in through `sessionCreate`; `error` holds the server's reason when it refuses. */
export function useSignIn() {
  const pending = shallowRef(false);
  const error = shallowRef<string | null>(null);

  async function signIn(username: string, password: string): Promise<boolean> {
    pending.value = true;
    error.value = null;
    try {
      const { sessionCreate: result } = await request(SessionCreateDocument, { input: { username, password } });
      if (!result.token || !result.viewer || !result.expiresAt) {
        error.value = result.userErrors[0]?.message ?? 'Sign-in failed';
        return false;
      }
      setSession({
        token: result.token,
        expiresAt: String(result.expiresAt),
        username: result.viewer.username,
        role: result.viewer.role,
        agencyId: result.viewer.agency?.id ?? null,
        agencyCode: result.viewer.agency?.code ?? null,
        agencyName: result.viewer.agency?.name ?? null,
        employeeId: result.viewer.employee?.id ?? null,
        employeeName: result.viewer.employee?.name ?? null,
      });
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
