import { Resolver } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@duban/rules';
import { AFTER_ARG, argLimitOf, limitDescription, TextArg } from './input-limits';

describe('limitDescription', () => {
  it('states the limit after the field’s own words, and the rule when there is one', () => {
    expect(limitDescription('分管领导', { maxLength: 64 })).toBe('分管领导 (at most 64 characters)');
    expect(limitDescription(undefined, { maxLength: 2000 })).toBe('At most 2000 characters.');
    expect(limitDescription(undefined, { maxLength: 8, rule: 'officePrefix' })).toMatch(
      /^At most 8 characters; rule: An office prefix is 2 to 8 Chinese characters/,
    );
    expect(AFTER_ARG.description).toContain(`${TEXT_LIMITS.cursor} characters`);
  });
});

describe('TextArg', () => {
  it('registers the limit by field and argument; cursors are limited by name', () => {
    @Resolver()
    class Probe {
      probeLimits(@TextArg('note', 12) note: string) {
        return note;
      }
    }
    expect(new Probe().probeLimits('x')).toBe('x');
    expect(argLimitOf('probeLimits', 'note')).toEqual({ maxLength: 12 });
    expect(argLimitOf('anyField', 'after')).toEqual({ maxLength: TEXT_LIMITS.cursor });
    expect(argLimitOf('probeLimits', 'other')).toBeUndefined();
  });

  it('refuses two different limits for the same argument', () => {
    class Twice {
      probeTwice(note: string) {
        return note;
      }
    }
    TextArg('note', 12)(Twice.prototype, 'probeTwice', 0);
    TextArg('note', 12)(Twice.prototype, 'probeTwice', 0); // the same declaration again is harmless
    expect(() => TextArg('note', 13)(Twice.prototype, 'probeTwice', 0)).toThrow(
      '@TextArg probeTwice.note is declared twice with different limits',
    );
  });
});
