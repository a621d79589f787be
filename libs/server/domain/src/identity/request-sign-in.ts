import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RequestContext, UserRateLimit } from '@duban/platform';
import { AuthService } from './auth.service';

/**
 * Signs a GraphQL operation's caller in from its bearer token, once per operation: the guard does it
 * before the first resolver, and the recent-answers cache before it looks up an answer, so both see
 * the same caller, counted once against the rate limit.
 */
@Injectable()
export class RequestSignIn {
  constructor(
    private readonly auth: AuthService,
    private readonly dataSource: DataSource,
    private readonly rateLimit: UserRateLimit,
  ) {}

  /** Binds the caller to `ctx` (a no-op without a bearer token); throws what authentication refuses. */
  async signIn(ctx: RequestContext): Promise<void> {
    if (ctx.actor) return;
    const header = ctx.headers['authorization'];
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : null;
    if (token) await ctx.signInOnce(() => this.open(token), this.dataSource);
  }

  /** The caller and their scoped session, opened in the round trip that reads the user. */
  private async open(token: string) {
    const signedIn = await this.auth.authenticateWithSession(token);
    try {
      await this.rateLimit.take(signedIn.actor.userId);
    } catch (err) {
      await signedIn.session?.finish(false);
      throw err;
    }
    return signedIn;
  }
}
