import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '@kinerja/shared';
import { request } from '../../graphql/client';
import { ViewerDocument } from '../../graphql/generated/graphql';
import { session, setSession } from './session';

afterEach(() => vi.unstubAllGlobals());

// graphql/client.ts knows no feature: the session feature subscribes to its UNAUTHENTICATED signal.
describe('session', () => {
  it('is forgotten when the API answers UNAUTHENTICATED', async () => {
    setSession({ username: 'admin', role: Role.ADMIN, roles: [Role.ADMIN], agencyId: null, agencyCode: null, agencyName: null, employeeId: null, employeeName: null });
    // No server here: the API's answer to a request under a revoked session.
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({
      errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }],
    }), { status: 200, headers: { 'content-type': 'application/json' } }));
    await expect(request(ViewerDocument, {})).rejects.toThrow('Sign in first');
    expect(session.value).toBeNull();
  });
});
