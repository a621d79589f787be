import { createHmac, timingSafeEqual } from 'node:crypto';
import { assertStorageKey } from './file-storage';

/** What a download link grants: one stored object, to one user of one tenant, until `exp`. */
export interface DownloadGrant {
  /** Storage key of the object. */
  key: string;
  /** File name offered to the browser (already sanitised by whoever stored the file). */
  name: string;
  /** Content type recorded when the file was stored or generated. */
  type: string;
  tenantId: string;
  userId: string;
  /** Expiry, Unix seconds. */
  exp: number;
}

/**
 * Short-lived signed download links. The resolver that hands one out has already decided that the
 * caller may see the record; the link carries that decision to the download route, bound to the
 * caller (tenant and user) and to a few minutes, so a leaked link is useless to anyone else and soon
 * useless to everyone.
 */
export class DownloadLinks {
  private readonly key: Buffer;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
    private readonly now: () => number = () => Date.now(),
  ) {
    // A key of its own, derived from the server secret: a link can never pass for a session token.
    this.key = createHmac('sha256', secret).update('duban download link v1').digest();
  }

  /** The opaque token for `grant` (without `exp`, which is set here). */
  sign(grant: Omit<DownloadGrant, 'exp'>): { token: string; expiresAt: Date } {
    assertStorageKey(grant.key);
    const exp = Math.floor(this.now() / 1000) + this.ttlSeconds;
    const body = Buffer.from(JSON.stringify({ ...grant, exp })).toString('base64url');
    return { token: `${body}.${this.mac(body)}`, expiresAt: new Date(exp * 1000) };
  }

  /** The grant if the token is genuine and unexpired; otherwise null (never says which). */
  verify(token: string): DownloadGrant | null {
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    let grant: DownloadGrant;
    try {
      grant = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as DownloadGrant;
    } catch {
      return null;
    }
    if (typeof grant.exp !== 'number' || grant.exp * 1000 <= this.now()) return null;
    return grant;
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
