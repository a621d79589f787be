/**
 * Operation allow-list (issue 12): with GRAPHQL_ALLOWLIST pointing at the manifest the admin's codegen
 * writes, the API runs only listed operations — sent by hash (what the admin's persisted-query link
 * does) or as the exact listed text — and refuses anything else with OPERATION_NOT_ALLOWED, HTTP 400,
 * before parsing it. The admin's own client (its link, Apollo's cache, the generated documents) keeps
 * working against it; against an API without the list it falls back to full documents.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CurrentUserDocument, LedgerDocument, LoginDocument } from '../../apps/admin/src/gql/graphql';
import { documentHash, persistedDocumentsLink } from '../../apps/admin/src/shared/api/persisted-link';
import { DEMO_PASSWORD } from '@duban/domain';
import { bootApi, TestApi } from '@duban/testing';

const MANIFEST = path.resolve(__dirname, '../../apps/admin/src/gql/persisted-documents.json');
const manifest: Record<string, string> = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let listed: TestApi;
let open: TestApi;

async function boot(allowList?: string): Promise<TestApi> {
  const before = process.env.GRAPHQL_ALLOWLIST;
  if (allowList) process.env.GRAPHQL_ALLOWLIST = allowList;
  else delete process.env.GRAPHQL_ALLOWLIST;
  try {
    return await bootApi();
  } finally {
    if (before === undefined) delete process.env.GRAPHQL_ALLOWLIST;
    else process.env.GRAPHQL_ALLOWLIST = before;
  }
}

const post = (api: TestApi, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  api.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify(body),
  });

/** The admin's client as the browser builds it, its requests served in-process by `api`. */
function adminClient(api: TestApi, sent: unknown[], token?: () => string | undefined) {
  const fetch = async (_url: string | URL | Request, init?: RequestInit) => {
    sent.push(JSON.parse(String(init?.body)));
    const res = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: init?.headers as Record<string, string>,
      payload: String(init?.body),
    });
    return new Response(res.body, {
      status: res.statusCode,
      headers: { 'content-type': 'application/json' },
    });
  };
  const auth = new SetContextLink((prev) => {
    const t = token?.();
    return { headers: { ...prev.headers, ...(t ? { Authorization: `Bearer ${t}` } : {}) } };
  });
  return new ApolloClient({
    link: ApolloLink.from([
      auth,
      persistedDocumentsLink(),
      new HttpLink({ uri: 'http://api/graphql', fetch }),
    ]),
    cache: new InMemoryCache(),
  });
}

beforeAll(async () => {
  listed = await boot(MANIFEST);
  open = await boot();
});

afterAll(async () => {
  await listed?.close();
  await open?.close();
});

describe('with the allow-list on', () => {
  it('the admin client signs in and reads through hashes alone, its cache fully served', async () => {
    const sent: any[] = [];
    const session: { token?: string } = {};
    const client = adminClient(listed, sent, () => session.token);
    // Apollo Client complains about fields its cache asked for and did not get (e.g. __typename).
    const complaints = [jest.spyOn(console, 'error'), jest.spyOn(console, 'warn')];
    const login = await client.mutate({
      mutation: LoginDocument,
      variables: { username: 'city_supervisor', password: DEMO_PASSWORD },
    });
    session.token = login.data!.login.token;
    const me = await client.query({ query: CurrentUserDocument });
    // The listed documents select __typename wherever Apollo's cache does, so it can normalise them.
    expect(me.data!.me).toMatchObject({
      __typename: 'User',
      username: 'city_supervisor',
      orgUnit: { __typename: 'OrgUnit', code: '4114' },
    });
    const ledger = await client.query({ query: LedgerDocument, variables: { first: 5 } });
    expect(ledger.data!.supervisionItems.totalCount).toBeGreaterThanOrEqual(0);
    // Every request named its document by hash only, and each hash is in the manifest.
    expect(sent).toHaveLength(3);
    for (const body of sent) {
      expect(body.query).toBeUndefined();
      expect(manifest[body.extensions.persistedQuery.sha256Hash]).toBeDefined();
    }
    for (const spy of complaints) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
    expect(sent.map((b) => b.extensions.persistedQuery.sha256Hash)).toEqual(
      [LoginDocument, CurrentUserDocument, LedgerDocument].map(documentHash),
    );
  });

  it('runs a listed document sent as its exact text', async () => {
    const [hash, text] = Object.entries(manifest).find(([, doc]) => /query CurrentUser\b/.test(doc))!;
    expect(sha256(text)).toBe(hash);
    const token = await open.login('city_supervisor'); // the test helper's login text is not listed
    const res = await post(listed, { query: text }, { authorization: `Bearer ${token}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.me.username).toBe('city_supervisor');
  });

  it('refuses an unlisted operation with OPERATION_NOT_ALLOWED, HTTP 400, in the caller’s language', async () => {
    const zh = await post(listed, { query: '{ me { id username } }' });
    expect(zh.statusCode).toBe(400);
    expect(zh.json()).toEqual({
      errors: [
        { message: '该操作不在本服务允许的操作清单中', extensions: { code: 'OPERATION_NOT_ALLOWED' } },
      ],
    });
    const en = await post(listed, { query: '{ __schema { types { name } } }' }, { 'accept-language': 'en' });
    expect([en.statusCode, en.json().errors[0].message]).toEqual([
      400,
      'This operation is not on the list of operations this API allows',
    ]);
    // A made-up hash, and a listed document with one character changed.
    const unknown = await post(listed, {
      extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
    });
    expect(unknown.json().errors[0].extensions.code).toBe('OPERATION_NOT_ALLOWED');
    const text = Object.values(manifest)[0];
    const altered = await post(listed, { query: `${text} ` });
    expect(altered.json().errors[0].extensions.code).toBe('OPERATION_NOT_ALLOWED');
  });

  it('runs the listed text for a listed hash, never the text sent with it', async () => {
    const token = await open.login('city_supervisor'); // the test helper's login text is not listed
    const res = await post(
      listed,
      {
        query: '{ users(first: 200) { edges { node { username } } } }',
        extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(CurrentUserDocument) } },
      },
      { authorization: `Bearer ${token}` },
    );
    expect(Object.keys(res.json().data)).toEqual(['me']);
  });
});

describe('with the allow-list off (default)', () => {
  it('the admin client falls back to full documents after one PERSISTED_QUERY_NOT_SUPPORTED', async () => {
    const sent: any[] = [];
    const client = adminClient(open, sent);
    const login = await client.mutate({
      mutation: LoginDocument,
      variables: { username: 'city_supervisor', password: DEMO_PASSWORD },
    });
    expect(login.data!.login.token).toEqual(expect.any(String));
    expect(sent[0].query).toBeUndefined();
    expect(sent[1].query).toMatch(/mutation Login/);
    const anyQuery = await post(open, { query: '{ __typename }' });
    expect(anyQuery.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
