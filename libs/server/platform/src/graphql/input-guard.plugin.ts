import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNullableType,
  GraphQLError,
  GraphQLInputType,
  isInputObjectType,
  isListType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { CODE_RULES, TEXT_LIMITS } from '@duban/rules';
import { AppError, badInput, Bilingual } from '../errors/app-error';
import { argLimitOf, TextLimit } from './input-limits';
import { MAX_PAGE } from './pagination';

/**
 * Edge rules every argument and variable obeys, by GraphQL type, before any resolver runs
 * (docs/architecture.md, Errors). Strings are limited per field or argument (`@TextField`,
 * `@TextArg`, input-limits.ts), with an optional code rule; undeclared ones get the fallback. An
 * input field may declare an `Int` range with `@Extensions({ min, max })`.
 */
export const INPUT_LIMITS = {
  /** For a string field or argument that declares no limit of its own. */
  maxStringLength: TEXT_LIMITS.fallback,
  maxAbsFloat: 1e15,
  minDate: Date.UTC(2000, 0, 1),
  maxDate: Date.UTC(2101, 0, 1),
  /**
   * Documented ranges of `Int` arguments and input fields by name, wherever they occur (Nest cannot
   * attach extensions to a resolver argument): page sizes (MAX_PAGE in pagination.ts) and years.
   */
  intRanges: { first: { min: 0, max: MAX_PAGE }, year: { min: 2000, max: 2100 } } as Record<
    string,
    IntRange | undefined
  >,
};

export interface IntRange {
  min: number;
  max: number;
}

/** What a field or argument declares for its value: a string limit and code rule, an Int range. */
interface Limits extends TextLimit {
  range?: IntRange;
}

const INT8_MAX = 9223372036854775807n;
// C0 control characters except \t \n \r, and DEL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// A UTF-16 surrogate standing alone (a paired one is matched as its astral character): not text,
// and PostgreSQL refuses it inside JSON (the audit snapshots).
const LONE_SURROGATE = /\p{Cs}/u;

/** Marks an edge rejection as the client's fault (HTTP 400), not a server failure. */
export function asClientError<E extends GraphQLError>(error: E): E {
  (error.extensions as Record<string, unknown>).http = { status: 400 };
  return error;
}

function refuse(field: string, text: Bilingual): AppError {
  return asClientError(badInput(text, field));
}

function checkLeaf(
  typeName: string,
  value: unknown,
  field: string,
  { maxLength, rule, range }: Limits,
): void {
  if (typeName === 'ID') {
    const s = String(value);
    if (!/^[1-9][0-9]{0,18}$/.test(s) || BigInt(s) > INT8_MAX)
      throw refuse(field, {
        zh: `${field} 不是有效的编号（应为正整数）`,
        en: `${field} is not a valid id (a positive whole number is expected)`,
      });
  } else if (value instanceof Date || typeName === 'DateTime') {
    const t = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : NaN;
    if (!(t >= INPUT_LIMITS.minDate && t < INPUT_LIMITS.maxDate))
      throw refuse(field, {
        zh: `${field} 不是有效的日期时间（应在2000年至2100年之间）`,
        en: `${field} is not a valid date and time between the years 2000 and 2100`,
      });
  } else if (typeof value === 'string') {
    if (CONTROL.test(value))
      throw refuse(field, {
        zh: `${field} 含有不允许的控制字符`,
        en: `${field} contains control characters that are not allowed`,
      });
    if (LONE_SURROGATE.test(value))
      throw refuse(field, {
        zh: `${field} 含有无效的字符编码`,
        en: `${field} contains an invalid character encoding`,
      });
    if (value.length > maxLength)
      throw refuse(field, {
        zh: `${field} 不能超过${maxLength}个字符（收到${value.length}个）`,
        en: `${field} must be at most ${maxLength} characters (got ${value.length})`,
      });
    if (rule && !CODE_RULES[rule].test(value)) {
      const text = CODE_RULES[rule].text;
      throw refuse(field, { zh: `${field} 格式不正确：${text.zh}`, en: `${field} is not valid: ${text.en}` });
    }
  } else if (typeName === 'Int' && typeof value === 'number' && range) {
    if (value < range.min || value > range.max)
      throw refuse(field, {
        zh: `${field} 须在${range.min}至${range.max}之间`,
        en: `${field} must be between ${range.min} and ${range.max}`,
      });
  } else if (typeName === 'Float' && typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > INPUT_LIMITS.maxAbsFloat)
      throw refuse(field, {
        zh: `${field} 数值超出允许范围（绝对值不超过${INPUT_LIMITS.maxAbsFloat}）`,
        en: `${field} is beyond the allowed magnitude (at most ${INPUT_LIMITS.maxAbsFloat})`,
      });
  }
}

/**
 * The limits of an input field (its extensions) or argument (`text`, from argLimitOf), else the
 * defaults for its name.
 */
function limitsOf(
  name: string,
  extensions: Record<string, unknown> | null | undefined,
  text: TextLimit | undefined = extensions?.textLimit as TextLimit | undefined,
): Limits {
  const declared =
    typeof extensions?.min === 'number' && typeof extensions?.max === 'number'
      ? { min: extensions.min, max: extensions.max }
      : undefined;
  return {
    maxLength: text?.maxLength ?? INPUT_LIMITS.maxStringLength,
    ...(text?.rule ? { rule: text.rule } : {}),
    range: declared ?? INPUT_LIMITS.intRanges[name],
  };
}

/** Checks one coerced value against its input type, entering lists and input objects. */
export function checkInputValue(type: GraphQLInputType, value: unknown, field: string, limits: Limits): void {
  if (value === null || value === undefined) return;
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) {
    (value as unknown[]).forEach((v, i) => checkInputValue(t.ofType, v, `${field}[${i}]`, limits));
  } else if (isInputObjectType(t)) {
    const fields = t.getFields();
    for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
      const f = fields[name];
      if (f) checkInputValue(f.type, v, `${field}.${name}`, limitsOf(name, f.extensions));
    }
  } else {
    checkLeaf(t.name, value, field, limits);
  }
}

/**
 * Validates every argument of the operation (literals and variables alike) by its GraphQL type
 * before anything executes, so malformed ids, control characters, huge strings, absurd numbers and
 * dates never reach a resolver or SQL. Values that do not even coerce are left to GraphQL, which
 * answers them as BAD_USER_INPUT itself.
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const coerced = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
          );
          if (coerced.errors) return;
          const typeInfo = new TypeInfo(schema);
          visit(
            document,
            visitWithTypeInfo(typeInfo, {
              OperationDefinition: (node) => (node === operation ? undefined : false),
              Field(node) {
                const def = typeInfo.getFieldDef();
                if (!def || !def.args.length) return;
                let args: Record<string, unknown>;
                try {
                  args = getArgumentValues(def, node, coerced.coerced);
                } catch {
                  return; // does not coerce: GraphQL reports it
                }
                for (const arg of def.args)
                  checkInputValue(
                    arg.type,
                    args[arg.name],
                    arg.name,
                    limitsOf(arg.name, arg.extensions, argLimitOf(def.name, arg.name)),
                  );
              },
            }),
          );
        },
      };
    },
  };
}
