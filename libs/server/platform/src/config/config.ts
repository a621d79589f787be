import { z } from 'zod';

const postgresUrl = z
  .string({ error: 'is required' })
  .refine(
    (v) => /^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(v),
    'must look like postgres://user@host:5432/database',
  );

/** A whole number within bounds, from its decimal text; one message for every way it can be wrong. */
const wholeNumber = (min: number, max: number, fallback: number) => {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(fallback);
};

const schema = z.object({
  DATABASE_URL: postgresUrl,
  REDIS_URL: z
    .string({ error: 'is required' })
    .refine((v) => /^rediss?:\/\/[^/]+/.test(v), 'must look like redis://host:6379'),
  JWT_SECRET: z.string({ error: 'is required' }).min(16, 'must be at least 16 characters'),
  /** 'production' hides the schema from anonymous callers; anything else is a development setting. */
  NODE_ENV: z.string().default('development'),
  REDIS_PREFIX: z.string().default('duban'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  JWT_TTL: z.string().default('12h'),
  /** Connections per process (pods × DB_POOL must stay below PostgreSQL's max_connections). */
  DB_POOL: wholeNumber(1, 500, 20),
  /** '1': tools that need metadata only (schema emit) start without connecting to the database. */
  DUBAN_NO_DB: z
    .enum(['0', '1'], { error: "must be '1' (no database connection) or '0'" })
    .default('0')
    .transform((v) => v === '1'),
  /** Deadline sweep interval (worker): 1 second to 1 day, default 5 minutes. */
  SWEEP_EVERY_MS: wholeNumber(1_000, 86_400_000, 300_000),
  /** Full traffic-light re-evaluation interval (worker): 1 minute to 1 day, default 1 hour. */
  LIGHT_REFRESH_EVERY_MS: wholeNumber(60_000, 86_400_000, 3_600_000),
  /**
   * 签收时限: working days (Mon–Fri, China time) a new assignment may stay unsigned; after that its
   * light turns yellow (逾期未签收) and the sweeper sends one 签收提醒. 1 to 30, default 2.
   */
  SIGN_WITHIN_WORKING_DAYS: wholeNumber(1, 30, 2),
});

export type AppConfig = z.infer<typeof schema>;

/** One clear line per problem, e.g. "DATABASE_URL must look like postgres://…". */
export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}
