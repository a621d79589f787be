import { createHmac, timingSafeEqual } from 'node:crypto';
import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { badInput } from '../errors/app-error';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay connection type for T, named `${name}Connection`. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}

/**
 * Keyset cursors: `<payload>.<mac>`, the payload the base64url JSON of the sort key tuple and the mac
 * its HMAC-SHA256 (first 16 bytes, base64url) under a process-wide key. The key is derived from
 * JWT_SECRET once at boot (`setCursorKey`, called where the validated configuration is loaded), so
 * cursors stay valid across requests and processes sharing the secret, and a forged, truncated or
 * re-encoded cursor is refused before its key reaches SQL.
 */
let cursorKey: Buffer | null = null;

/** Sets the cursor signing key from the validated configuration's JWT_SECRET (once per process). */
export function setCursorKey(secret: string): void {
  cursorKey = createHmac('sha256', secret).update('duban:cursor:v1').digest();
}

function cursorMac(payload: string): string {
  if (!cursorKey) throw new Error('Cursor key not set: call setCursorKey(config.JWT_SECRET) at boot');
  return createHmac('sha256', cursorKey).update(payload).digest().subarray(0, 16).toString('base64url');
}

export const INVALID_CURSOR = {
  zh: '翻页游标无效，请从第一页重新加载',
  en: 'Invalid page cursor; reload from the first page',
};

export function encodeCursor(key: (string | number)[]): string {
  const payload = Buffer.from(JSON.stringify(key)).toString('base64url');
  return `${payload}.${cursorMac(payload)}`;
}

const isKeyPart = (v: unknown) =>
  (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= 1000);

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  const parts = cursor.split('.');
  if (parts.length === 2 && /^[A-Za-z0-9_-]+$/.test(parts[0]) && parts[0].length <= 4000) {
    const [payload, mac] = parts;
    const expected = Buffer.from(cursorMac(payload));
    const given = Buffer.from(mac);
    if (given.length === expected.length && timingSafeEqual(given, expected)) {
      try {
        const key: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString());
        if (Array.isArray(key) && key.length === arity && key.every(isKeyPart)) return key;
      } catch {
        /* fall through to the error below */
      }
    }
  }
  throw badInput(INVALID_CURSOR, 'after');
}

export const MAX_PAGE = 200;

/**
 * Options of every connection's `first` argument. The range is enforced at the edge by the input guard
 * (INPUT_LIMITS.intRanges) and again by `pageSize`.
 */
export const FIRST_ARG = {
  type: () => Int,
  nullable: true,
  description: `Page size, 0 to ${MAX_PAGE} (0: totalCount only)`,
} as const;

/** 0 is allowed: a count-only query (totalCount, no edges). */
export function pageSize(first: number | null | undefined, fallback = 50): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE)
    throw badInput(
      { zh: `每页条数须在0到${MAX_PAGE}之间`, en: `first must be between 0 and ${MAX_PAGE}` },
      'first',
    );
  return n;
}

/** Builds a connection from rows fetched with limit = size + 1. */
export function toConnection<T>(
  rows: T[],
  size: number,
  totalCount: number,
  key: (row: T) => (string | number)[],
): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(key(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** What a newest-first (id DESC) page needs: the table with its alias, columns and the filter. */
export interface NewestFirstQuery {
  /** e.g. `supervision_item i`; the alias must own an `id` column. */
  from: string;
  alias: string;
  columns: string;
  /** Conditions joined with AND; `params` holds their bind values so far. */
  where: string[];
  params: unknown[];
}

/** Total count plus one keyset page (id DESC) of a filtered table, as a Relay connection. */
export async function newestFirstPage<T extends { id: string | number }>(
  db: { query<R>(sql: string, params?: unknown[]): Promise<R[]> },
  q: NewestFirstQuery,
  first?: number | null,
  after?: string | null,
): Promise<Connection<T>> {
  const size = pageSize(first);
  const cursor = decodeCursor(after, 1);
  const where = q.where.join(' AND ');
  const [{ n }] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${q.from} WHERE ${where}`,
    q.params,
  );
  const params = cursor ? [...q.params, cursor[0]] : q.params;
  const rows = await db.query<T>(
    `SELECT ${q.columns} FROM ${q.from} WHERE ${where} ${cursor ? `AND ${q.alias}.id < $${params.length}` : ''}
      ORDER BY ${q.alias}.id DESC LIMIT ${size + 1}`,
    params,
  );
  return toConnection(rows, size, n, (r) => [Number(r.id)]);
}
