/**
 * Limits answer HTTP 400 with a stable code, never 500 (issue 12): depth, complexity, page size and
 * invalid documents; per-field string limits declared once (the schema states each, a varchar(n)
 * column takes exactly n at the edge); code-like strings checked against their documented rule.
 */
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isInputObjectType, isObjectType } from 'graphql';
import { Client } from 'pg';
import { argLimitOf, declaredArgLimits, MAX_PAGE, TextLimit } from '@duban/platform';
import { OFFICE_PREFIX_RULE, TEXT_LIMITS, USERNAME_RULE } from '@duban/rules';
import { bootApi, TestApi } from '@duban/testing';

let api: TestApi;
let supervisor: string;
let admin: string;
let cityId: string;

const post = (
  body: Record<string, unknown> | string,
  headers: Record<string, string> = {},
  method: 'POST' | 'GET' = 'POST',
) =>
  api.app.inject({
    method,
    url: method === 'GET' ? `/graphql?${new URLSearchParams(body as Record<string, string>)}` : '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${supervisor}`, ...headers },
    ...(method === 'POST' ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });

/** Status and first error of an answer. */
async function answer(res: Awaited<ReturnType<typeof post>>) {
  const body = res.json();
  return { status: res.statusCode, code: body.errors?.[0]?.extensions?.code, error: body.errors?.[0], body };
}

beforeAll(async () => {
  api = await bootApi();
  supervisor = await api.login('city_supervisor');
  admin = await api.login('admin');
  const me = await api.gql(`{ me { orgUnit { id } } }`, {}, { token: supervisor });
  cityId = me.data!.me.orgUnit.id;
});

afterAll(() => api?.close());

describe('limits and invalid documents answer 400 with a stable code', () => {
  it('depth: QUERY_TOO_DEEP', async () => {
    let nested = 'id';
    for (let i = 0; i < 14; i++) nested = `id children { ${nested} }`;
    const r = await answer(
      await post({ query: `query($u: ID!) { orgUnit(id: $u) { ${nested} } }`, variables: { u: cityId } }),
    );
    expect([r.status, r.code]).toEqual([400, 'QUERY_TOO_DEEP']);
    expect(r.body.data).toBeUndefined();
  });

  it('complexity: QUERY_TOO_COMPLEX', async () => {
    const query = `{ supervisionItems(first: 100) { edges { node { id
      assignments(first: 100) { edges { node { id children(first: 100) { edges { node { id } } } } } } } } } }`;
    const r = await answer(await post({ query }, { 'accept-language': 'en' }));
    expect([r.status, r.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    expect(r.error.message).toMatch(/too complex/);
  });

  it('page size beyond the maximum: BAD_USER_INPUT naming `first`', async () => {
    const r = await answer(
      await post({ query: `{ supervisionItems(first: ${MAX_PAGE + 1}) { totalCount } }` }),
    );
    expect([r.status, r.code, r.error.extensions.field]).toEqual([400, 'BAD_USER_INPUT', 'first']);
  });

  it.each([
    ['a syntax error', 'GRAPHQL_PARSE_FAILED', { query: '{ me { id ' }],
    ['an unknown field', 'GRAPHQL_VALIDATION_FAILED', { query: '{ me { nope } }' }],
    [
      'a variable of the wrong type',
      'BAD_USER_INPUT',
      { query: 'query($k: OrgKind) { orgUnits(kind: $k) { totalCount } }', variables: { k: 'PLANET' } },
    ],
    ['a missing required variable', 'BAD_USER_INPUT', { query: 'query($u: ID!) { orgUnit(id: $u) { id } }' }],
    ['no document at all', 'BAD_REQUEST', { variables: {} }],
    [
      'an operationName the document lacks',
      'OPERATION_RESOLUTION_FAILURE',
      { query: 'query A { me { id } }', operationName: 'B' },
    ],
    ['variables sent as a string', 'BAD_REQUEST', { query: '{ me { id } }', variables: '{}' }],
  ])('%s: %s', async (_, code, body) => {
    const r = await answer(await post(body as Record<string, unknown>));
    expect([r.status, r.code]).toEqual([400, code]);
  });

  it('a mutation over GET is refused as a bad request, not run', async () => {
    const res = await post({ query: 'mutation { markNotificationsRead }' }, {}, 'GET');
    expect(res.statusCode).toBe(405);
    expect(res.json().errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('a hash-only request while the allow-list is off asks for the document (what the admin link expects)', async () => {
    const r = await answer(
      await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    );
    expect(r.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    expect(r.status).toBeLessThan(500);
  });
});

describe('per-field string limits', () => {
  it('every string argument and input field declares its limit, stated in its description', () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const undeclared: string[] = [];
    const undocumented: string[] = [];
    const check = (where: string, limit: TextLimit | undefined, description?: string | null) => {
      if (!limit) undeclared.push(where);
      else if (!description?.includes(`${limit.maxLength} characters`)) undocumented.push(where);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isInputObjectType(type))
        for (const f of Object.values(type.getFields()))
          if (getNamedType(f.type).name === 'String')
            check(`${type.name}.${f.name}`, f.extensions.textLimit as TextLimit | undefined, f.description);
      if (isObjectType(type))
        for (const f of Object.values(type.getFields()))
          for (const a of f.args)
            if (getNamedType(a.type).name === 'String')
              // Page cursors are limited by name (ARG_LIMITS_BY_NAME); their description is AFTER_ARG's.
              check(
                `${type.name}.${f.name}(${a.name})`,
                argLimitOf(f.name, a.name),
                a.name === 'after' ? '4096 characters' : a.description,
              );
    }
    expect(undeclared).toEqual([]);
    expect(undocumented).toEqual([]);
    // Each @TextArg names an argument that exists (a renamed resolver would silently lose its limit).
    const args = new Set<string>();
    for (const type of [
      schema.getQueryType(),
      schema.getMutationType(),
      ...Object.values(schema.getTypeMap()),
    ])
      if (isObjectType(type))
        for (const f of Object.values(type.getFields()))
          for (const a of f.args) args.add(`${f.name}.${a.name}`);
    expect([...declaredArgLimits().keys()].filter((k) => !args.has(k))).toEqual([]);
  });

  it('a varchar(64) field takes 64 characters and refuses 65 at the edge, naming the field in both languages', async () => {
    const item = (leaderName: string) => ({
      query: `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) { id leaderName } }`,
      variables: {
        i: {
          title: '长度核验',
          source: 'LEADER_INSTRUCTION',
          content: '核验',
          deadline: '2099-06-30T00:00:00.000Z',
          draft: true,
          leaderName,
        },
      },
    });
    const fits = await answer(await post(item('张'.repeat(TEXT_LIMITS.personName))));
    expect(fits.body.errors).toBeUndefined();
    expect(fits.body.data.createSupervisionItem.leaderName).toHaveLength(64);

    const zh = await answer(await post(item('张'.repeat(TEXT_LIMITS.personName + 1))));
    expect([zh.status, zh.code, zh.error.extensions.field]).toEqual([
      400,
      'BAD_USER_INPUT',
      'input.leaderName',
    ]);
    expect(zh.error.message).toBe('input.leaderName 不能超过64个字符（收到65个）');
    const en = await answer(await post(item('张'.repeat(65)), { 'accept-language': 'en' }));
    expect(en.error.message).toBe('input.leaderName must be at most 64 characters (got 65)');
  });

  it('arguments are limited where they are declared, e.g. a unit name (varchar(100))', async () => {
    const dept = (name: string) =>
      post(
        {
          query: `mutation($p: ID!, $n: String!) { createDepartment(parentId: $p, name: $n) { id name } }`,
          variables: { p: cityId, n: name },
        },
        {
          authorization: `Bearer ${admin}`,
        },
      );
    const over = await answer(await dept('部'.repeat(TEXT_LIMITS.unitName + 1)));
    expect([over.status, over.code, over.error.extensions.field]).toEqual([400, 'BAD_USER_INPUT', 'name']);
    const fits = await answer(await dept('部'.repeat(TEXT_LIMITS.unitName)));
    expect(fits.body.data.createDepartment.name).toHaveLength(100);
    const reason = await answer(
      await post({
        query: `mutation { withdrawItem(itemId: "987654321", reason: "${'x'.repeat(TEXT_LIMITS.reason + 1)}") { id } }`,
      }),
    );
    expect([reason.status, reason.error.extensions.field]).toEqual([400, 'reason']);
  });

  it('a lone UTF-16 surrogate is refused at the edge, not by the database (found by the fuzz)', async () => {
    const r = await answer(
      await post(
        {
          query: `mutation($p: ID!, $n: String!) { createDepartment(parentId: $p, name: $n) { id } }`,
          variables: { p: cityId, n: '部门\ud800' },
        },
        { authorization: `Bearer ${admin}` },
      ),
    );
    expect([r.status, r.code, r.error.extensions.field]).toEqual([400, 'BAD_USER_INPUT', 'name']);
    expect(r.error.message).toBe('name 含有无效的字符编码');
    // A whole astral character (a surrogate pair) is ordinary text.
    const pair = await answer(
      await post(
        {
          query: `mutation($p: ID!, $n: String!) { createDepartment(parentId: $p, name: $n) { name } }`,
          variables: { p: cityId, n: `部门𠀀${Date.now().toString(36)}` },
        },
        { authorization: `Bearer ${admin}` },
      ),
    );
    expect(pair.body.data.createDepartment.name).toMatch(/^部门𠀀/);
  });
});

describe('codes checked against their documented rule', () => {
  it('机关代字: 2 to 8 Chinese characters, else BAD_USER_INPUT stating the rule', async () => {
    // An office of its own, so no other suite's registration numbers change meanwhile.
    const { data } = await api.gql(
      `mutation($p: ID!) { createDepartment(parentId: $p, name: "代字核验专班") { id } }`,
      { p: cityId },
      { token: admin },
    );
    const office = data!.createDepartment.id;
    await api.gql(
      `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
      {
        i: {
          username: 'prefix_check',
          displayName: '代字核验',
          orgUnitId: office,
          roles: ['SUPERVISOR'],
          password: 'Valid-Passw0rd-2026',
        },
      },
      { token: admin },
    );
    const token = await api.login('prefix_check', 'Valid-Passw0rd-2026');
    const setPrefix = (prefix: string, lang = 'zh-CN') =>
      post(
        { query: `mutation($p: String!) { setOfficePrefix(prefix: $p) }`, variables: { p: prefix } },
        { 'accept-language': lang, authorization: `Bearer ${token}` },
      );
    for (const bad of ['SQ督', '商督1', '督', '商督〔', '一二三四五六七八九', '   ']) {
      const r = await answer(await setPrefix(bad));
      expect([bad, r.status, r.code, r.error.extensions.field]).toEqual([
        bad,
        400,
        'BAD_USER_INPUT',
        'prefix',
      ]);
    }
    expect((await answer(await setPrefix('SQ督'))).error.message).toBe(
      `prefix 格式不正确：${OFFICE_PREFIX_RULE.text.zh}`,
    );
    expect((await answer(await setPrefix('SQ督', 'en'))).error.message).toBe(
      `prefix is not valid: ${OFFICE_PREFIX_RULE.text.en}`,
    );
    const ok = await answer(await setPrefix('代核督办'));
    expect(ok.body).toEqual({ data: { setOfficePrefix: '代核督办' } });
    // Nothing refused reached the table.
    const owner = new Client({ connectionString: process.env.DATABASE_ADMIN_URL });
    await owner.connect();
    try {
      const { rows } = await owner.query(`SELECT reg_prefix FROM office_setting WHERE unit_id = $1`, [
        office,
      ]);
      expect(rows).toEqual([{ reg_prefix: '代核督办' }]);
    } finally {
      await owner.end();
    }
  });

  it('usernames and org subtypes too', async () => {
    const r = await answer(
      await post(
        {
          query: `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
          variables: {
            i: {
              username: '张三',
              displayName: '张三',
              orgUnitId: cityId,
              roles: ['LIAISON'],
              password: 'Valid-Passw0rd-2026',
            },
          },
        },
        { authorization: `Bearer ${admin}`, 'accept-language': 'en' },
      ),
    );
    expect([r.status, r.code, r.error.extensions.field]).toEqual([400, 'BAD_USER_INPUT', 'input.username']);
    expect(r.error.message).toBe(`input.username is not valid: ${USERNAME_RULE.text.en}`);
    const s = await answer(
      await post({
        query: `query($c: [CascadeSelector!]) { previewAssignment(cascade: $c) }`,
        variables: { c: [{ underUnitId: cityId, kind: 'DEPARTMENT', subtype: 'COUNTY' }] },
      }),
    );
    expect([s.status, s.code, s.error.extensions.field]).toEqual([
      400,
      'BAD_USER_INPUT',
      'cascade[0].subtype',
    ]);
    const fine = await answer(
      await post({
        query: `query($c: [CascadeSelector!]) { previewAssignment(cascade: $c) }`,
        variables: { c: [{ underUnitId: cityId, kind: 'DEPARTMENT', subtype: '市直' }] },
      }),
    );
    expect(fine.body.errors).toBeUndefined();
  });
});
