/* `npm start`'s demo work (tools/demo-work.ts) against the running API, signed in as the demo users. */
import { DEMO_PASSWORD } from '@duban/domain';
import { seedDemoWork } from './demo-work';

const API = `${process.env.API_URL ?? 'http://127.0.0.1:3000'}/graphql`;
const tokens = new Map<string, string>();

async function post<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${res.status}`);
  return body.data;
}

async function login(username: string): Promise<string> {
  if (!tokens.has(username)) {
    const { login } = await post<{ login: { token: string } }>(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
      { u: username, p: DEMO_PASSWORD },
    );
    tokens.set(username, login.token);
  }
  return tokens.get(username)!;
}

seedDemoWork(async (user, query, variables = {}) => {
  try {
    return await post(query, variables, await login(user));
  } catch (err) {
    throw new Error(`${user}: ${err instanceof Error ? err.message : err}`);
  }
})
  .then((line) => console.log(`  ${line}`))
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
