import { ArgumentsHost, Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { IllegalTransitionError, RuleViolation } from '@duban/rules';
import { AppError, notFound } from '../errors/app-error';
import { AppErrorFilter } from './app-error.filter';

const graphql = { getType: () => 'graphql' } as unknown as ArgumentsHost;

describe('AppErrorFilter', () => {
  const plain = new AppErrorFilter();
  const filter = { catch: (error: unknown, host: ArgumentsHost) => plain.catch(error, host) as GraphQLError };
  let logged: jest.SpyInstance;

  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it('maps a broken business rule to BAD_USER_INPUT with its field and both texts, unlogged', () => {
    const text = { zh: '时限不能早于今天', en: 'The deadline cannot be in the past' };
    const error = filter.catch(new RuleViolation(text, 'deadline'), graphql);
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toBe(text.zh);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'deadline', i18n: text });
    expect(logged).not.toHaveBeenCalled();
  });

  it('leaves `field` out when the rule names none, as badInput does', () => {
    const text = { zh: '请选择至少一个单位', en: 'Choose at least one unit' };
    const error = filter.catch(new RuleViolation(text), graphql);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', i18n: text });
  });

  it('maps a refused state transition to CONFLICT with both texts, unlogged', () => {
    const text = {
      zh: '该事项已办结，不能再报送',
      en: 'The assignment is done; nothing more can be reported',
    };
    const error = filter.catch(new IllegalTransitionError(text, 'DONE', 'SUBMIT_REPORT'), graphql);
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toBe(text.zh);
    expect(error.extensions).toEqual({ code: 'CONFLICT', i18n: text });
    expect(logged).not.toHaveBeenCalled();
  });

  it('passes our own errors through untouched', () => {
    const own = notFound({ zh: '督查事项', en: 'Supervision item' }, '42');
    expect(filter.catch(own, graphql)).toBe(own);
    const plain = new GraphQLError('bad cursor', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(filter.catch(plain, graphql)).toBe(plain);
    expect(logged).not.toHaveBeenCalled();
  });

  it('passes anything else on as it is, unlogged: the masking backstop logs and masks it with the request id', () => {
    const raw = new Error('relation "x" does not exist');
    expect(filter.catch(raw, graphql)).toBe(raw);
    expect(logged).not.toHaveBeenCalled();
  });

  it('rethrows outside GraphQL', () => {
    const http = { getType: () => 'http' } as unknown as ArgumentsHost;
    const raw = new RuleViolation({ zh: '错', en: 'wrong' });
    expect(() => filter.catch(raw, http)).toThrow(raw);
  });

  it('maps database errors that mean bad input to BAD_USER_INPUT without their text, others stay internal', () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      for (const code of ['22003', '22P02', '22007', '22008', '22001', '22021', '23514']) {
        const db = Object.assign(new Error('value "99999999999999999999" is out of range for type bigint'), {
          driverError: { code },
        });
        const error = filter.catch(db, graphql);
        expect(error.extensions.code).toBe('BAD_USER_INPUT');
        expect(JSON.stringify(error)).not.toMatch(/bigint|out of range/);
      }
      const deadlock = Object.assign(new Error('deadlock detected'), { code: '40P01' });
      expect(filter.catch(deadlock, graphql)).toBe(deadlock);
    } finally {
      warned.mockRestore();
    }
  });
});
