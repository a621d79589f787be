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

/** One browser origin: scheme, host and optional port, nothing after it. */
const ORIGIN = /^https?:\/\/(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/;

/** Comma-separated exact origins; undefined when unset (the default then depends on NODE_ENV). */
const corsOrigins = z
  .string()
  .optional()
  .transform((v) => (v === undefined ? undefined : v.split(',').map((o) => o.trim().replace(/\/$/, ''))))
  .transform((list) => list?.filter(Boolean))
  .refine(
    (list) => !list || list.every((o) => ORIGIN.test(o)),
    'must be comma-separated origins like https://duban.example.gov.cn (scheme, host, optional port)',
  );

/** `host:port` (or a redis:// URL with one) per seed node; undefined when unset or empty. */
const REDIS_NODE = /^((rediss?:\/\/)([^@/\s]*@)?)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/;
const redisClusterNodes = z
  .string()
  .optional()
  .transform((v) =>
    v
      ?.split(',')
      .map((n) => n.trim())
      .filter(Boolean),
  )
  .transform((list) => (list?.length ? list : undefined))
  .refine(
    (list) => !list || list.every((n) => REDIS_NODE.test(n)),
    'must be comma-separated cluster nodes like 10.0.0.1:6379,10.0.0.2:6379',
  );

const schema = z.object({
  DATABASE_URL: postgresUrl,
  /** One Redis server; required unless REDIS_CLUSTER_NODES names a cluster (then it must be unset). */
  REDIS_URL: z
    .string()
    .optional()
    .refine((v) => v === undefined || /^rediss?:\/\/[^/]+/.test(v), 'must look like redis://host:6379'),
  /**
   * A Redis Cluster instead: comma-separated seed nodes, `host:port` or `redis[s]://[user:password@]host:port`
   * (credentials and TLS of the first apply to every node). Queue keys share one hash slot per queue
   * (the `{REDIS_PREFIX}` hash tag); pub/sub and limits work across the cluster.
   */
  REDIS_CLUSTER_NODES: redisClusterNodes,
  JWT_SECRET: z.string({ error: 'is required' }).min(16, 'must be at least 16 characters'),
  /** 'production' hides the schema from anonymous callers; anything else is a development setting. */
  NODE_ENV: z.string().default('development'),
  REDIS_PREFIX: z.string().default('duban'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  JWT_TTL: z.string().default('12h'),
  /** Connections per process (pods × DB_POOL must stay below PostgreSQL's max_connections). */
  DB_POOL: wholeNumber(1, 500, 20),
  /**
   * 'on' (default): hot statements are named prepared statements, planned once per connection. 'off'
   * behind a pooler in transaction mode that cannot carry them from one transaction to the next
   * (PgBouncer before 1.21, or with max_prepared_statements = 0): they run unnamed.
   */
  DB_NAMED_STATEMENTS: z
    .enum(['on', 'off'], { error: "must be 'on' or 'off'" })
    .default('on')
    .transform((v) => v === 'on'),
  /**
   * A leader's all-items view of a unit and its children may be answered from the same scope's read
   * of up to this many ms ago, per API process (RecentReads), and a caller's overview queries from
   * that caller’s own answer of up to this age (RecentAnswers): 0 (default) reads every time;
   * the deployments set 250, well inside the 1 s freshness budget. Sign-in runs on every request.
   */
  ROLLUP_VIEW_CACHE_MS: wholeNumber(0, 900, 0),
  /**
   * A signed-in user's own row (active, roles, unit, revocations) may be taken from this API process's
   * read of up to this many ms ago instead of being read on every request: 0 (default) reads every time.
   * A deactivation, role change or password reset then takes effect on other API processes within this
   * time (at once on the process that made it). The deployments set 250.
   */
  AUTH_CACHE_MS: wholeNumber(0, 900, 0),
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
  /**
   * Browser origins allowed to call the API cross-origin, comma-separated (`https://duban.example.gov.cn`).
   * Unset: in development any loopback origin (localhost, 127.0.0.1, [::1], any port); in production none
   * (the admin is served from the API's own origin through the reverse proxy).
   */
  CORS_ORIGINS: corsOrigins,
  /** Largest request body in bytes (GraphQL JSON): 1 KB to 100 MB, default 1 MB; larger ones get 413. */
  BODY_LIMIT_BYTES: wholeNumber(1_024, 104_857_600, 1_048_576),
  /**
   * Reverse proxies in front of the API whose X-Forwarded-For is trusted for the client address
   * (login limits per address): 0 (direct, default) to 5; nginx alone is 1.
   */
  TRUST_PROXY_HOPS: wholeNumber(0, 5, 0),
  /** 登录锁定: consecutive failed sign-ins of one account before it is locked (1–10 000, default 5). */
  LOGIN_MAX_FAILURES: wholeNumber(1, 10_000, 5),
  /** How long a locked account stays locked, in minutes (1–1 440, default 15). */
  LOGIN_LOCK_MINUTES: wholeNumber(1, 1_440, 15),
  /** Failed sign-ins from one client address per window before it is refused (1–1 000 000, default 50). */
  LOGIN_MAX_FAILURES_PER_ADDRESS: wholeNumber(1, 1_000_000, 50),
  /** That window, in minutes (1–1 440, default 60). */
  LOGIN_ADDRESS_WINDOW_MINUTES: wholeNumber(1, 1_440, 60),
  /**
   * Requests per minute per signed-in user, counted in each API process (0 = off; up to 1 000 000;
   * default 600). With n API replicas a user may make up to n times this.
   */
  API_RATE_LIMIT_PER_MINUTE: wholeNumber(0, 1_000_000, 600),
  /**
   * On SIGTERM the API fails readiness at once and keeps serving this long (ms, 0–60 000, default 0;
   * set it to the load balancer's reaction time, e.g. 5 000 on Kubernetes) before it stops listening.
   */
  SHUTDOWN_DELAY_MS: wholeNumber(0, 60_000, 0),
  /** Then requests in flight and shutdown hooks get this long (ms, 1 000–300 000, default 15 000). */
  SHUTDOWN_GRACE_MS: wholeNumber(1_000, 300_000, 15_000),
  /**
   * The outbox relay hands an event to the queue again when no consumer has confirmed it (or reported
   * progress) this long after it was last handed over: 1 s to 1 h, default 60 s.
   */
  OUTBOX_REDELIVER_AFTER_MS: wholeNumber(1_000, 3_600_000, 60_000),
  /**
   * 'text' (default): Nest's readable lines. 'json': one JSON object per line from Nest and, per
   * request, from Fastify (request id, method, URL, status, response time) for log collectors.
   */
  LOG_FORMAT: z.enum(['text', 'json'], { error: "must be 'text' or 'json'" }).default('text'),
  /** Where file bytes live: 'local' (a directory, the default) or 's3' (S3-compatible object storage). */
  STORAGE_DRIVER: z.enum(['local', 's3'], { error: "must be 'local' or 's3'" }).default('local'),
  /** The directory of the local driver, created on first write (default var/files under the working directory). */
  STORAGE_DIR: z.string().min(1).default('var/files'),
  /** Lifetime of a signed download link in seconds (10 s to 1 h, default 5 minutes). */
  FILE_LINK_TTL_SECONDS: wholeNumber(10, 3_600, 300),
  /** Largest uploaded file in bytes (POST /files): 1 KB to 1 GB, default 50 MB; larger ones get 413. */
  FILE_MAX_BYTES: wholeNumber(1_024, 1_073_741_824, 52_428_800),
  /** Files one record (report, progress update, review, escalation, item) may carry: 1–100, default 20. */
  FILES_PER_RECORD: wholeNumber(1, 100, 20),
  /** S3-compatible object storage (STORAGE_DRIVER=s3; then endpoint, bucket and keys are required). */
  S3_ENDPOINT: z
    .string()
    .optional()
    .refine((v) => v === undefined || /^https?:\/\/[^/]+/.test(v), 'must look like https://s3.example.com'),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_BUCKET: z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(v),
      'must be an S3 bucket name',
    ),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** 'true' for servers that address buckets by path (MinIO, s3rver); 'false' (default) for virtual hosts. */
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'], { error: "must be 'true' or 'false'" })
    .default('false')
    .transform((v) => v === 'true'),
  /**
   * Where people open the admin (scheme, host, optional port and path, no trailing slash): printed
   * forms carry `<ADMIN_PUBLIC_URL>/verify/<code>` in their QR code. Default http://localhost:5173
   * (the Vite dev server); set it to the public address in production.
   */
  ADMIN_PUBLIC_URL: z
    .string()
    .default('http://localhost:5173')
    .transform((v) => v.trim().replace(/\/+$/, ''))
    .refine(
      (v) => /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(v),
      'must be an http(s) address like https://duban.example.gov.cn',
    ),
  /**
   * 核验 look-ups (the public verifyDocument) per client address per minute, counted in Redis across
   * replicas (0 = off; up to 100 000; default 30).
   */
  VERIFY_RATE_LIMIT_PER_MINUTE: wholeNumber(0, 100_000, 30),
  /**
   * Operation allow-list for production clients: path of the manifest the admin's codegen writes
   * (apps/admin/src/gql/persisted-documents.json); the API then runs only operations listed there
   * (OPERATION_NOT_ALLOWED otherwise). Unset or empty (default): any operation.
   */
  GRAPHQL_ALLOWLIST: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined),
});

/** Settings that depend on each other: STORAGE_DRIVER=s3 needs its endpoint, bucket and keys. */
const validated = schema.superRefine((c, ctx) => {
  if (!c.REDIS_URL && !c.REDIS_CLUSTER_NODES)
    ctx.addIssue({ code: 'custom', path: ['REDIS_URL'], message: 'is required (or REDIS_CLUSTER_NODES)' });
  if (c.REDIS_URL && c.REDIS_CLUSTER_NODES)
    ctx.addIssue({
      code: 'custom',
      path: ['REDIS_CLUSTER_NODES'],
      message: 'and REDIS_URL are both set: set one (a cluster or one server), not both',
    });
  if (c.STORAGE_DRIVER !== 's3') return;
  for (const key of ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const)
    if (!c[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when STORAGE_DRIVER=s3' });
});

export type AppConfig = z.infer<typeof schema>;

/** One clear line per problem, e.g. "DATABASE_URL must look like postgres://…". */
export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = validated.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}
