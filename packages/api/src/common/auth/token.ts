import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Role } from '@kinerja/shared';
import { readOrCreateSecret } from '../secret-file.js';

export const TOKEN_LIFETIME_SECONDS = 8 * 60 * 60; // one working day
const ISSUER = 'kinerja';

export interface TokenClaims {
  userId: number;
  username: string;
  role: Role;
}

/** What a verified token says: the account and the session (its `jti`, a user_session row). */
export interface VerifiedClaims extends TokenClaims {
  sessionId: string;
}

/**
 * Claims a token must carry to be accepted: without `exp` a leaked token would never expire, and
 * without `jti` it could not be revoked (user_session).
 */
const REQUIRED_CLAIMS = ['exp', 'iat', 'jti', 'sub'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Signs and checks session tokens (HS256 JWTs) with one secret. */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('The token secret must be at least 32 characters long.');
    this.key = new TextEncoder().encode(secret);
  }

  /**
   * A token for a new session; the caller stores the session (AccountService.openSession), or the
   * token is refused.
   */
  async sign(claims: TokenClaims, now = new Date()): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + TOKEN_LIFETIME_SECONDS) * 1000);
    const sessionId = randomUUID();
    const token = await new SignJWT({ username: claims.username, role: claims.role })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(claims.userId))
      .setJti(sessionId)
      .setIssuer(ISSUER)
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt, sessionId };
  }

  /**
   * The claims of a validly signed, unexpired token with every required claim; null for anything
   * else. Whether its session is still live is the viewer's check (loadViewer).
   */
  async verify(token: string): Promise<VerifiedClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'], requiredClaims: REQUIRED_CLAIMS });
      const userId = Number(payload.sub);
      if (!Number.isInteger(userId) || typeof payload.username !== 'string' || typeof payload.role !== 'string') return null;
      if (typeof payload.jti !== 'string' || !UUID.test(payload.jti)) return null;
      return { userId, username: payload.username, role: payload.role as Role, sessionId: payload.jti };
    } catch {
      return null;
    }
  }
}

/**
 * The signing secret: KINERJA_TOKEN_SECRET when set, otherwise one generated on first use and kept
 * (mode 0600) in the data folder, so sessions survive restarts of the same installation.
 */
export async function loadTokenSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.KINERJA_TOKEN_SECRET) return env.KINERJA_TOKEN_SECRET;
  return readOrCreateSecret(dataDir, 'token-secret', 48);
}
