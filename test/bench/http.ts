/*
 * A lean GraphQL-over-HTTP client for load generation: Node's http module with a keep-alive agent.
 * The load generator shares the two cores with the API and Postgres, so it avoids fetch's overhead.
 */
import http from 'node:http';

export interface GqlError {
  message: string;
  extensions?: { code?: string };
}

export interface GqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
}

export class GqlClient {
  private readonly agent: http.Agent;
  private readonly target: URL;

  constructor(url: string, maxSockets = 32) {
    this.target = new URL(url);
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  /** One POST /graphql; HTTP and GraphQL errors are returned, not thrown (the caller counts them). */
  request<T = any>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GqlResponse<T>> {
    const body = JSON.stringify({ query, variables });
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent: this.agent,
          host: this.target.hostname,
          port: this.target.port,
          path: this.target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            try {
              resolve({ status: res.statusCode ?? 0, ...JSON.parse(text) });
            } catch {
              resolve({
                status: res.statusCode ?? 0,
                errors: [{ message: `HTTP ${res.statusCode}: ${text.slice(0, 200)}` }],
              });
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Like request(), but any error is thrown with the operation's first line in the message. */
  async must<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const res = await this.request<T>(query, variables, token);
    if (res.errors?.length || !res.data)
      throw new Error(`${query.trim().split('\n')[0].slice(0, 60)}… failed: ${errorText(res)}`);
    return res.data;
  }

  close(): void {
    this.agent.destroy();
  }
}

export function errorText(res: GqlResponse<unknown>): string {
  const e = res.errors?.[0];
  return e ? `${e.extensions?.code ?? `HTTP ${res.status}`}: ${e.message}` : `HTTP ${res.status}, no data`;
}

export async function login(client: GqlClient, username: string, password: string): Promise<string> {
  const data = await client.must<{ login: { token: string } }>(
    `mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
    { u: username, p: password },
  );
  return data.login.token;
}
