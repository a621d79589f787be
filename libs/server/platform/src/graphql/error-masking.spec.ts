import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { RuleViolation } from '@duban/rules';
import { AppError, badInput } from '../errors/app-error';
import { ALL_ERROR_CODES, CLIENT_ERROR_CODES } from '../errors/error-codes';
import {
  errorMaskingPlugin,
  formatError,
  maskSubscriptionErrors,
  maskSubscriptionResult,
  requestIdFrom,
} from './error-masking';

/** A real Apollo Server with our backstop, answering whatever `fail` throws where it is told to. */
function server(where: 'resolver' | 'plugin', fail: () => unknown) {
  const throwing: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation() {
          if (where === 'plugin') throw fail();
        },
      };
    },
  };
  return new ApolloServer<{ requestId: string }>({
    typeDefs: `type Query { boom: String, fine: String }`,
    resolvers: {
      Query: {
        boom: () => {
          throw fail();
        },
        fine: () => 'ok',
      },
    },
    formatError,
    plugins: [errorMaskingPlugin(), throwing],
  });
}

async function run(where: 'resolver' | 'plugin', fail: () => unknown, requestId = 'req-0000-test') {
  const s = server(where, fail);
  await s.start();
  try {
    const res = await s.executeOperation({ query: '{ boom fine }' }, { contextValue: { requestId } });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return { ...res.body.singleResult, status: res.http.status };
  } finally {
    await s.stop();
  }
}

describe('formatError (the masking backstop)', () => {
  let logged: jest.SpyInstance;
  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('masks an unexpected resolver error with the request id and logs its stack once', async () => {
    const r = await run('resolver', () => new Error('relation "secret_table" does not exist'));
    expect(r.data).toEqual({ boom: null, fine: 'ok' });
    expect(r.errors).toEqual([
      {
        message: '内部错误，编号 req-0000-test',
        locations: [{ line: 1, column: 3 }],
        path: ['boom'],
        extensions: {
          code: 'INTERNAL_SERVER_ERROR',
          correlationId: 'req-0000-test',
          i18n: { zh: '内部错误，编号 req-0000-test', en: 'Internal error, reference req-0000-test' },
        },
      },
    ]);
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0][0]).toMatch(
      /req-0000-test at boom: Error: relation "secret_table"[\s\S]*\n\s+at /,
    );
  });

  it('masks an error thrown in an Apollo plugin the same way (HTTP 500, no data)', async () => {
    const r = await run('plugin', () => new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(r.data).toBeUndefined();
    expect(r.status).toBe(500);
    expect(r.errors).toEqual([
      expect.objectContaining({
        message: '内部错误，编号 req-0000-test',
        extensions: expect.objectContaining({
          code: 'INTERNAL_SERVER_ERROR',
          correlationId: 'req-0000-test',
        }),
      }),
    ]);
    expect(JSON.stringify(r.errors)).not.toMatch(/Cannot read|TypeError/);
    expect(logged.mock.calls[0][0]).toMatch(/TypeError: Cannot read/);
  });

  it('masks non-Error throws and GraphQL errors with an unknown or internal code', async () => {
    for (const fail of [
      () => 'a string',
      () => new GraphQLError('select * from users', { extensions: { code: 'MADE_UP' } }),
      () => new AppError('INTERNAL_SERVER_ERROR', { zh: '内部细节', en: 'internal detail' }),
      () => new GraphQLError('no code at all'),
    ]) {
      const r = await run('resolver', fail);
      expect(r.errors?.[0]).toMatchObject({
        message: '内部错误，编号 req-0000-test',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
    expect(logged).toHaveBeenCalledTimes(4);
  });

  it('passes known client errors as they are, without private extensions, unlogged', async () => {
    const own = badInput({ zh: '标题过长', en: 'Title too long' }, 'title');
    (own.extensions as Record<string, unknown>).exception = { stacktrace: ['at x'] };
    const r = await run('resolver', () => own);
    expect(r.errors?.[0]).toEqual({
      message: '标题过长',
      locations: [{ line: 1, column: 3 }],
      path: ['boom'],
      extensions: { code: 'BAD_USER_INPUT', field: 'title', i18n: { zh: '标题过长', en: 'Title too long' } },
    });
    expect(logged).not.toHaveBeenCalled();
  });

  it('maps a rule violation or a bad-value database error from a field resolver as the Nest filter would', async () => {
    const rule = await run(
      'resolver',
      () => new RuleViolation({ zh: '时限已过', en: 'Past the deadline' }, 'deadline'),
    );
    expect(rule.errors?.[0]).toMatchObject({
      message: '时限已过',
      extensions: { code: 'BAD_USER_INPUT', field: 'deadline' },
    });
    const db = await run('resolver', () =>
      Object.assign(new Error('value too long for type character varying(64)'), { code: '22001' }),
    );
    expect(db.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(db.errors)).not.toMatch(/varying/);
    expect(logged).not.toHaveBeenCalled();
  });

  it('generates an id when the error has none (a failure before the request context exists)', () => {
    const out = formatError({ message: 'Context creation failed: boom' }, new Error('boom'));
    expect(out.extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      correlationId: expect.any(String),
    });
    expect(out.message).toBe(`内部错误，编号 ${out.extensions!.correlationId}`);
  });
});

describe('subscription results (graphql-ws)', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('are masked the same way, in the caller’s language, with the request id', () => {
    const located = new GraphQLError('duplicate key value violates unique constraint "x"', {
      path: ['notificationAdded'],
      originalError: new Error('duplicate key value violates unique constraint "x"'),
    });
    const out = maskSubscriptionResult(
      { data: null, errors: [located] },
      { requestId: 'ws-req-0001', locale: 'en' },
    );
    expect(out).toEqual({
      data: null,
      errors: [
        {
          message: 'Internal error, reference ws-req-0001',
          path: ['notificationAdded'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: 'ws-req-0001' },
        },
      ],
    });
    const clean = { data: { notificationAdded: { id: '1' } } };
    expect(maskSubscriptionResult(clean, undefined)).toBe(clean);
  });

  it('keep client errors, translated', () => {
    const [refusal] = maskSubscriptionErrors(
      [badInput({ zh: '仅用于订阅', en: 'Subscriptions only' })],
      undefined,
    );
    expect(refusal).toEqual({ message: '仅用于订阅', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('request ids', () => {
  it('accepts a sane incoming x-request-id and replaces anything else with a UUID', () => {
    expect(requestIdFrom({ 'x-request-id': 'abc-123_4.5:6' })).toBe('abc-123_4.5:6');
    for (const bad of ['short', 'has space in it', 'x'.repeat(129), '<script>alert(1)</script>', undefined])
      expect(requestIdFrom({ 'x-request-id': bad })).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom({ 'x-request-id': ['abc-123_4.5:6', 'two'] })).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the error code list', () => {
  it('has every client code and only INTERNAL_SERVER_ERROR outside the client set', () => {
    expect(ALL_ERROR_CODES.filter((c) => !CLIENT_ERROR_CODES.has(c))).toEqual(['INTERNAL_SERVER_ERROR']);
    for (const c of ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT'])
      expect(CLIENT_ERROR_CODES.has(c)).toBe(true);
  });
});
