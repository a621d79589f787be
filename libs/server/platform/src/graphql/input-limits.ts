import { applyDecorators } from '@nestjs/common';
import { Args, ArgsOptions, Extensions, Field, FieldOptions } from '@nestjs/graphql';
import { CODE_RULES, CodeRuleName, TEXT_LIMITS } from '@duban/rules';

/**
 * Per-field string limits, declared once next to the field: the decorator writes the limit (and the
 * code rule, if any) into the schema description and registers it for the input guard, which refuses
 * a longer value before any resolver runs. Numbers come from TEXT_LIMITS in @duban/rules, which the
 * admin's `maxLength` uses too. A string without a declaration gets TEXT_LIMITS.fallback.
 */
export interface TextLimit {
  maxLength: number;
  rule?: CodeRuleName;
}

/** The schema description of a limited field: its own words, then the limit and the rule. */
export function limitDescription(description: string | undefined, { maxLength, rule }: TextLimit): string {
  const note = `at most ${maxLength} characters${rule ? `; rule: ${CODE_RULES[rule].text.en}` : ''}`;
  return description ? `${description} (${note})` : `${note[0].toUpperCase()}${note.slice(1)}.`;
}

/** String input field with its limit: `@TextField(TEXT_LIMITS.title, { description: '标题' })`. */
export function TextField(
  maxLength: number,
  options: Omit<FieldOptions, 'description'> & { description?: string; rule?: CodeRuleName } = {},
): PropertyDecorator {
  const { rule, description, ...field } = options;
  const limit = { maxLength, ...(rule ? { rule } : {}) };
  return applyDecorators(
    Field(() => String, { ...field, description: limitDescription(description, limit) }),
    Extensions({ textLimit: limit }),
  );
}

// Arguments cannot carry extensions in Nest code-first, so their limits are kept here by
// `<field>.<argument>` (root fields and resolved fields alike; a test checks each names a real one).
const argLimits = new Map<string, TextLimit>();

/** Limits of arguments that occur on many fields, by argument name (page cursors). */
export const ARG_LIMITS_BY_NAME: Record<string, TextLimit | undefined> = {
  after: { maxLength: TEXT_LIMITS.cursor },
};

/** String argument with its limit: `@TextArg('reason', TEXT_LIMITS.reason) reason: string`. */
export function TextArg(
  name: string,
  maxLength: number,
  options: Omit<ArgsOptions, 'name' | 'type' | 'description'> & {
    description?: string;
    rule?: CodeRuleName;
  } = {},
): ParameterDecorator {
  const { rule, description, ...args } = options;
  const limit = { maxLength, ...(rule ? { rule } : {}) };
  const decorate = Args(name, {
    ...args,
    type: () => String,
    description: limitDescription(description, limit),
  });
  return (target, method, index) => {
    const key = `${String(method)}.${name}`;
    const known = argLimits.get(key);
    if (known && (known.maxLength !== limit.maxLength || known.rule !== limit.rule))
      throw new Error(`@TextArg ${key} is declared twice with different limits`);
    argLimits.set(key, limit);
    decorate(target, method, index);
  };
}

/** The declared limit of an argument, if any. */
export function argLimitOf(field: string, arg: string): TextLimit | undefined {
  return argLimits.get(`${field}.${arg}`) ?? ARG_LIMITS_BY_NAME[arg];
}

/** Every `<field>.<argument>` with a declared limit (for the schema consistency test). */
export function declaredArgLimits(): ReadonlyMap<string, TextLimit> {
  return argLimits;
}

/** The description of a page cursor argument (`after`), stating its limit. */
export const AFTER_ARG = {
  type: () => String,
  nullable: true,
  description: limitDescription('Cursor from pageInfo.endCursor of the previous page', {
    maxLength: TEXT_LIMITS.cursor,
  }),
} as const;
