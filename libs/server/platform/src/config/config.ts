import { z } from 'zod';

const postgresUrl = z
  .string({ error: 'is required' })
  .refine(
    (v) => /^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(v),
    'must look like postgres://user@host:5432/database',
  );

const schema = z.object({
  DATABASE_URL: postgresUrl,
  REDIS_URL: z
    .string({ error: 'is required' })
    .refine((v) => /^rediss?:\/\/[^/]+/.test(v), 'must look like redis://host:6379'),
  JWT_SECRET: z.string({ error: 'is required' }).min(16, 'must be at least 16 characters'),
  REDIS_PREFIX: z.string().default('duban'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  JWT_TTL: z.string().default('12h'),
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
