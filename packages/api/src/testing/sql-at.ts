import pg from 'pg';

/** One query on its own connection to `url` (test set-up and checks outside the app, e.g. the browser tests). */
export async function queryAt<T extends object>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T & pg.QueryResultRow>(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
