// Direct GraphQL calls for the browser tests: the figures the dashboard shows are checked against what
// the API answers for the same filter, with a token from sessionCreate like any other client.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR, TEST_PASSWORD } from '@kinerja/api/testing';

export interface Api {
  query<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export async function apiFor(baseUrl: string, username: string): Promise<Api> {
  const post = async (body: unknown, token?: string) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    if (json.errors?.length) throw new Error(json.errors.map((e) => e.message).join('; '));
    return json.data;
  };
  const signedIn = (await post({
    query: 'mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { token } }',
    variables: { input: { username, password: TEST_PASSWORD } },
  })) as { sessionCreate: { token: string | null } };
  const token = signedIn.sessionCreate.token;
  if (!token) throw new Error(`cannot sign in as ${username}`);
  return { query: async <T>(query: string, variables: Record<string, unknown> = {}) => (await post({ query, variables }, token)) as T };
}

/** small.expected.json: every figure of the small fixture per cycle × agency subtree (SPEC §8). */
export interface ExpectedFigures {
  headcount: number;
  completionRate: number | null;
  fitIndex: number | null;
  jp20Compliance: number | null;
  nineBox: Record<string, number>;
}
export function expectedFigures(): Record<string, Record<string, ExpectedFigures>> {
  return JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'small.expected.json'), 'utf8')) as Record<string, Record<string, ExpectedFigures>>;
}

/** How the dashboard writes figures in Indonesian (the same Intl formats). */
export const id = {
  integer: (v: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(v),
  percent: (v: number) => new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 }).format(v),
  decimal: (v: number) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v),
};
