/**
 * Mutation responses are complete (issue 12): each mutation below selects every field its result type
 * declares (leaves, and `id` of each object field), and no field may come back null from the mutation
 * when the same object read back through a query has a value. UrgeNotice is checked field by field.
 */
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLSchema,
  IntrospectionQuery,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { DataSource } from 'typeorm';
import { bootApi, TestApi, testDataSources, usersOf } from '@duban/testing';

const DAY = 86_400_000;
const USERS = [
  'admin',
  'city_supervisor',
  'suixian_supervisor',
  'suixian_head',
  'chengguan_liaison',
] as const;
type User = (typeof USERS)[number];
const token = {} as Record<User, string>;
let api: TestApi;
let owner: DataSource;
let close: () => Promise<void>;
let schema: GraphQLSchema;
const { ok } = usersOf<User>(() => api, token);
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** Every field of a type a client can select without arguments: leaves, and `{ id }` of objects. */
function everyField(typeName: string): string {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  const parts: string[] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (isObjectType(named) && named.getFields().id) parts.push(`${f.name} { id }`);
  }
  return `{ ${parts.join(' ')} }`;
}

/** Fields null in `answer` that `stored` (the same object read by a query) has a value for. */
function missing(type: string, answer: Record<string, unknown>, stored: Record<string, unknown>): string[] {
  return Object.keys(stored)
    .filter((k) => answer[k] === null && stored[k] !== null)
    .map((k) => `${type}.${k}`);
}

const gaps: string[] = [];
function expectComplete(type: string, answer: Record<string, unknown>, stored: Record<string, unknown>) {
  expect(stored).toBeTruthy();
  expect(answer.id).toBe(stored.id);
  gaps.push(...missing(type, answer, stored));
}

beforeAll(async () => {
  api = await bootApi();
  ({ owner, close } = await testDataSources());
  for (const u of USERS) token[u] = await api.login(u);
  const intro = await api.gql<IntrospectionQuery>(getIntrospectionQuery(), {}, { token: token.admin });
  schema = buildClientSchema(intro.data!);
});

afterAll(async () => {
  await close?.();
  await api?.close();
});

describe('mutation responses', () => {
  let itemId: string;
  let county: string;
  let suixian: string;
  /** A department of this suite's own: bulletins name it, so no other suite's scoreboard moves. */
  let department: string;

  it('urgeAssignment answers every UrgeNotice field, as assignment.urgeNotices reads it', async () => {
    const [{ id }] = await owner.query(`SELECT id::text FROM org_unit WHERE code = '411422'`);
    suixian = id;
    const { createSupervisionItem: item } = await ok(
      'city_supervisor',
      `mutation($i: CreateSupervisionItemInput!) { createSupervisionItem(input: $i) ${everyField('SupervisionItem')} }`,
      { i: { title: '完整性核验', source: 'LEADER_INSTRUCTION', content: '核验', deadline: at(20) } },
    );
    itemId = item.id;
    const read = async (u: User, type: string, q: string, v: Record<string, unknown>) =>
      Object.values(await ok(u, q.replace('%', everyField(type)), v))[0] as Record<string, unknown>;
    expectComplete(
      'SupervisionItem',
      item,
      await read('city_supervisor', 'SupervisionItem', `query($i: ID!) { supervisionItem(id: $i) % }`, {
        i: itemId,
      }),
    );
    const { assignItem } = await ok(
      'city_supervisor',
      `mutation($i: ID!, $t: [ID!]) { assignItem(itemId: $i, targets: $t) { count item ${everyField('SupervisionItem')} } }`,
      { i: itemId, t: [suixian] },
    );
    expect(assignItem.count).toBe(1);
    expectComplete(
      'SupervisionItem',
      assignItem.item,
      await read('city_supervisor', 'SupervisionItem', `query($i: ID!) { supervisionItem(id: $i) % }`, {
        i: itemId,
      }),
    );
    [{ id: county }] = await owner.query(`SELECT id::text FROM assignment WHERE item_id = $1`, [itemId]);

    const { urgeAssignment: notice } = await ok(
      'city_supervisor',
      `mutation($a: ID!) { urgeAssignment(assignmentId: $a, text: "请加快进度") ${everyField('UrgeNotice')} }`,
      { a: county },
    );
    // Every declared field has its value, not just the two the service used to return.
    for (const [field, value] of Object.entries(notice)) expect([field, value]).not.toEqual([field, null]);
    expect(notice).toMatchObject({ kind: 'REMINDER', target: 'LIAISON', text: '请加快进度' });
    expect(notice.number).toMatch(/催〔\d{4}〕\d+号$/);
    const { assignment } = await ok(
      'city_supervisor',
      `query($a: ID!) { assignment(id: $a) { urgeNotices ${everyField('UrgeNotice')} } }`,
      { a: county },
    );
    expect(assignment.urgeNotices).toEqual([notice]);
  });

  it('the assignment, extension, escalation and report mutations answer what a query reads back', async () => {
    const assignmentQuery = `query($a: ID!) { assignment(id: $a) ${everyField('Assignment')} }`;
    const readAssignment = async () =>
      (await ok('city_supervisor', assignmentQuery, { a: county })).assignment;
    const mutate = async (u: User, field: string, args: string, vars: Record<string, unknown>) =>
      (
        await ok(
          u,
          `mutation(${args.split('|')[0]}) { ${field}(${args.split('|')[1]}) ${everyField('Assignment')} }`,
          vars,
        )
      )[field];

    expectComplete(
      'Assignment',
      await mutate('suixian_supervisor', 'acceptAssignment', '$a: ID!|id: $a', { a: county }),
      await readAssignment(),
    );
    expectComplete(
      'Assignment',
      await mutate(
        'suixian_supervisor',
        'submitProgress',
        '$a: ID!|assignmentId: $a, input: { percent: 40, text: "推进中" }',
        {
          a: county,
        },
      ),
      await readAssignment(),
    );

    const extensionFields = everyField('ExtensionRequest');
    const { requestExtension } = await ok(
      'suixian_supervisor',
      `mutation($a: ID!, $d: DateTime!) { requestExtension(assignmentId: $a, reason: "需要更多时间", newDeadline: $d) ${extensionFields} }`,
      { a: county, d: at(25) },
    );
    const { pendingExtensionRequests } = await ok(
      'city_supervisor',
      `{ pendingExtensionRequests ${extensionFields} }`,
    );
    expectComplete(
      'ExtensionRequest',
      requestExtension,
      pendingExtensionRequests.find((r: { id: string }) => r.id === requestExtension.id),
    );
    const { decideExtension } = await ok(
      'city_supervisor',
      `mutation($r: ID!) { decideExtension(requestId: $r, approve: false, comment: "按原时限") ${extensionFields} }`,
      { r: requestExtension.id },
    );
    const { assignment: withRequests } = await ok(
      'city_supervisor',
      `query($a: ID!) { assignment(id: $a) { extensionRequests ${extensionFields} } }`,
      { a: county },
    );
    expectComplete(
      'ExtensionRequest',
      decideExtension,
      withRequests.extensionRequests.find((r: { id: string }) => r.id === decideExtension.id),
    );

    expectComplete(
      'Assignment',
      await mutate(
        'suixian_supervisor',
        'escalateAssignment',
        '$a: ID!|assignmentId: $a, reason: "需市级协调"',
        { a: county },
      ),
      await readAssignment(),
    );
    expectComplete(
      'Assignment',
      await mutate('city_supervisor', 'resolveEscalation', '$a: ID!|assignmentId: $a, resolution: "已协调"', {
        a: county,
      }),
      await readAssignment(),
    );

    const reportFields = everyField('Report');
    const readReport = async (id: string) =>
      (await ok('city_supervisor', `query($r: ID!) { report(id: $r) ${reportFields} }`, { r: id })).report;
    const { submitReport } = await ok(
      'suixian_supervisor',
      `mutation($a: ID!) { submitReport(assignmentId: $a, input: { content: "已办结" }) ${reportFields} }`,
      { a: county },
    );
    expectComplete('Report', submitReport, await readReport(submitReport.id));
    const { signReport } = await ok(
      'suixian_head',
      `mutation($r: ID!) { signReport(reportId: $r) ${reportFields} }`,
      { r: submitReport.id },
    );
    expectComplete('Report', signReport, await readReport(submitReport.id));
    const { reviewReport } = await ok(
      'city_supervisor',
      `mutation($r: ID!) { reviewReport(reportId: $r, decision: ACCEPT,
        checklist: { factsAccurate: true, policyCompliant: true, problemSolved: true, formatCorrect: true }) ${reportFields} }`,
      { r: submitReport.id },
    );
    expectComplete('Report', reviewReport, await readReport(submitReport.id));
  });

  it('the administration mutations answer what a query reads back', async () => {
    const unitFields = everyField('OrgUnit');
    const readUnit = async (id: string) =>
      (await ok('admin', `query($u: ID!) { orgUnit(id: $u) ${unitFields} }`, { u: id })).orgUnit;
    const [{ id: city }] = await owner.query(`SELECT id::text FROM org_unit WHERE code = '4114'`);
    const { createDepartment } = await ok(
      'admin',
      `mutation($p: ID!) { createDepartment(parentId: $p, name: "响应核验专班") ${unitFields} }`,
      { p: city },
    );
    expectComplete('OrgUnit', createDepartment, await readUnit(createDepartment.id));
    department = createDepartment.id;
    const { renameOrgUnit } = await ok(
      'admin',
      `mutation($u: ID!) { renameOrgUnit(id: $u, name: "响应核验工作专班") ${unitFields} }`,
      { u: createDepartment.id },
    );
    expectComplete('OrgUnit', renameOrgUnit, await readUnit(createDepartment.id));

    const userFields = everyField('User');
    const readUser = async (id: string) =>
      (await ok('admin', `query($u: ID!) { user(id: $u) ${userFields} }`, { u: id })).user;
    const { createUser } = await ok(
      'admin',
      `mutation($i: CreateUserInput!) { createUser(input: $i) ${userFields} }`,
      {
        i: {
          username: 'response_check',
          displayName: '核验员',
          orgUnitId: createDepartment.id,
          roles: ['LIAISON'],
          password: 'Valid-Passw0rd-2026',
        },
      },
    );
    expectComplete('User', createUser, await readUser(createUser.id));
    const { updateUser } = await ok(
      'admin',
      `mutation($u: ID!) { updateUser(id: $u, input: { displayName: "核验员甲" }) ${userFields} }`,
      { u: createUser.id },
    );
    expectComplete('User', updateUser, await readUser(createUser.id));
  });

  it('the signing, bulletin and roll-up mutations answer what a query reads back', async () => {
    const fields = everyField('SigningDelegation');
    const [{ id: delegateId }] = await owner.query(
      `SELECT id::text FROM app_user WHERE username = 'suixian_supervisor'`,
    );
    const day = (n: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + n * DAY));
    const { delegateSigning } = await ok(
      'suixian_head',
      `mutation($d: ID!, $f: String!, $t: String!) { delegateSigning(delegateId: $d, validFrom: $f, validTo: $t, reason: "外出学习") ${fields} }`,
      { d: delegateId, f: day(0), t: day(2) },
    );
    const listed = async () =>
      (await ok('suixian_head', `{ signingDelegations ${fields} }`)).signingDelegations.find(
        (d: { id: string }) => d.id === delegateSigning.id,
      );
    expectComplete('SigningDelegation', delegateSigning, await listed());
    const { revokeSigningDelegation } = await ok(
      'suixian_head',
      `mutation($i: ID!) { revokeSigningDelegation(id: $i, reason: "提前返回") ${fields} }`,
      { i: delegateSigning.id },
    );
    expectComplete('SigningDelegation', revokeSigningDelegation, await listed());

    const bulletinFields = everyField('Bulletin');
    const { issueBulletin } = await ok(
      'city_supervisor',
      `mutation($i: IssueBulletinInput!) { issueBulletin(input: $i) ${bulletinFields} }`,
      {
        i: {
          kind: 'PRAISE',
          level: 'OFFICE',
          targetUnitIds: [department],
          itemId,
          title: '表扬核验专班按期办结',
          body: '核验专班按期办结督查事项。',
        },
      },
    );
    const { bulletins } = await ok(
      'city_supervisor',
      `{ bulletins(first: 50) { edges { node ${bulletinFields} } } }`,
    );
    expectComplete(
      'Bulletin',
      issueBulletin,
      bulletins.edges
        .map((e: { node: { id: string } }) => e.node)
        .find((b: { id: string }) => b.id === issueBulletin.id),
    );

    const rollupFields = everyField('Rollup');
    const { overrideRollupLight } = await ok(
      'city_supervisor',
      `mutation($i: ID!, $u: ID!) { overrideRollupLight(itemId: $i, orgUnitId: $u, light: YELLOW, reason: "人工研判") ${rollupFields} }`,
      { i: itemId, u: suixian },
    );
    const { progressRollup } = await ok(
      'city_supervisor',
      `query($i: ID!, $u: ID!) { progressRollup(itemId: $i, orgUnitId: $u) ${rollupFields} }`,
      { i: itemId, u: suixian },
    );
    expect(overrideRollupLight).toEqual(progressRollup);
  });

  it('left no gaps', () => {
    expect(gaps).toEqual([]);
  });
});
