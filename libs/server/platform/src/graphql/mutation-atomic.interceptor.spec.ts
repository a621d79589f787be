import { CallHandler } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { lastValueFrom, of, throwError } from 'rxjs';
import { IllegalTransitionError, RuleViolation } from '@duban/rules';
import { conflict } from '../errors/app-error';
import { MutationAtomicInterceptor } from './mutation-atomic.interceptor';

class Resolver {
  mutate() {}
}

/** A top-level mutation's execution context, with a session that records how it ended. */
function mutation() {
  const endTransaction = jest.fn(async (_commit: boolean) => undefined);
  const ctx = { db: { endTransaction } };
  const info = { parentType: { name: 'Mutation' } };
  const execution = new ExecutionContextHost([{}, {}, ctx, info], Resolver, Resolver.prototype.mutate);
  execution.setType('graphql');
  return { execution, endTransaction };
}

const failing = (error: unknown): CallHandler => ({ handle: () => throwError(() => error) });

describe('MutationAtomicInterceptor', () => {
  const interceptor = new MutationAtomicInterceptor(new Reflector());

  it('commits when the resolver returns', async () => {
    const { execution, endTransaction } = mutation();
    await expect(lastValueFrom(interceptor.intercept(execution, { handle: () => of('ok') }))).resolves.toBe(
      'ok',
    );
    expect(endTransaction).toHaveBeenCalledWith(true);
  });

  // Rule errors reach the filter raw (it maps them); the transaction must roll back all the same.
  it.each([
    [
      'a broken business rule',
      new RuleViolation({ zh: '时限不能早于今天', en: 'Deadline in the past' }, 'deadline'),
    ],
    [
      'a refused state transition',
      new IllegalTransitionError({ zh: '已办结', en: 'Done' }, 'DONE', 'SUBMIT'),
    ],
    ['an AppError', conflict({ zh: '冲突', en: 'Conflict' })],
    ['anything else', new Error('boom')],
  ])('rolls back on %s and rethrows it unchanged', async (_what, error) => {
    const { execution, endTransaction } = mutation();
    await expect(lastValueFrom(interceptor.intercept(execution, failing(error)))).rejects.toBe(error);
    expect(endTransaction).toHaveBeenCalledTimes(1);
    expect(endTransaction).toHaveBeenCalledWith(false);
  });
});
