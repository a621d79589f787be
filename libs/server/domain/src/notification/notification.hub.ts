import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Cluster } from 'ioredis';
import { Actor, AppConfig, type RedisClient } from '@duban/platform';
import { CONFIG } from '../config.token';
import { REDIS } from '../jobs';
import { NotificationMessage, notificationChannel } from './notification.channel';
import { NotificationView } from './notification.entity';

/** A client that stops reading loses its oldest pushes beyond this, never the stored rows. */
const BUFFER = 100;

/** Push-to-pull bridge for one subscription: values wait here until GraphQL asks for the next. */
class Inbox<T> implements AsyncIterableIterator<T> {
  private readonly buffer: T[] = [];
  private waiting?: (result: IteratorResult<T>) => void;
  private closed = false;

  constructor(private readonly onClose: () => void) {}

  push(value: T) {
    if (this.closed) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = undefined;
      waiting({ value, done: false });
      return;
    }
    if (this.buffer.length >= BUFFER) this.buffer.shift();
    this.buffer.push(value);
  }

  next(): Promise<IteratorResult<T>> {
    const value = this.buffer.shift();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** Called by graphql-ws when the client completes the subscription or disconnects. */
  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.buffer.length = 0;
    this.waiting?.({ value: undefined, done: true });
    this.waiting = undefined;
    this.onClose();
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

interface Listener {
  tenantId: string;
  inbox: Inbox<{ notificationAdded: NotificationView }>;
}

/**
 * API side of live notifications: one Redis subscriber connection per process (opened with the
 * first subscription), fanned out in memory to the subscriptions of the users it names.
 */
@Injectable()
export class NotificationHub implements OnApplicationShutdown {
  private readonly logger = new Logger(NotificationHub.name);
  private readonly channel: string;
  private readonly listeners = new Map<string, Set<Listener>>();
  private subscriber?: RedisClient;
  private subscribed?: Promise<void>;

  constructor(
    @Inject(REDIS) private readonly redis: RedisClient,
    @Inject(CONFIG) config: AppConfig,
  ) {
    this.channel = notificationChannel(config.REDIS_PREFIX);
  }

  /** The caller's live feed; resolves once the Redis subscription is in place. */
  async listen(actor: Actor): Promise<AsyncIterableIterator<{ notificationAdded: NotificationView }>> {
    await this.connect();
    const users = this.listeners;
    const listener: Listener = {
      tenantId: actor.tenantId,
      inbox: new Inbox(() => {
        const set = users.get(actor.userId);
        set?.delete(listener);
        if (set?.size === 0) users.delete(actor.userId);
      }),
    };
    const set = users.get(actor.userId) ?? new Set<Listener>();
    set.add(listener);
    users.set(actor.userId, set);
    return listener.inbox;
  }

  /** Open live feeds of one user (tests wait on it before triggering a push). */
  listenerCount(userId: string): number {
    return this.listeners.get(userId)?.size ?? 0;
  }

  async onApplicationShutdown() {
    for (const set of [...this.listeners.values()]) for (const l of [...set]) l.inbox.close();
    const subscriber = this.subscriber;
    if (subscriber) await subscriber.quit().catch(() => subscriber.disconnect());
  }

  private connect(): Promise<void> {
    this.subscribed ??= (async () => {
      // A connection in subscriber mode can run no other command, so it is a dedicated one.
      // The api's cluster client queues no command while the cluster is unreachable (failFast); this
      // one may: SUBSCRIBE then waits for the connection instead of failing before it is up.
      const subscriber =
        this.redis instanceof Cluster
          ? this.redis.duplicate([], { enableOfflineQueue: true })
          : this.redis.duplicate();
      subscriber.on('error', (err: Error) => this.logger.warn(`notification subscriber: ${err.message}`));
      subscriber.on('message', (channel: string, raw: string) => {
        if (channel === this.channel) this.dispatch(raw);
      });
      this.subscriber = subscriber;
      await subscriber.subscribe(this.channel);
    })().catch((err) => {
      this.subscriber?.disconnect();
      this.subscriber = undefined;
      this.subscribed = undefined;
      throw err;
    });
    return this.subscribed;
  }

  private dispatch(raw: string) {
    let message: NotificationMessage;
    try {
      message = JSON.parse(raw) as NotificationMessage;
    } catch {
      return;
    }
    for (const [id, userId, assignmentId] of message.recipients ?? []) {
      const set = this.listeners.get(userId);
      if (!set) continue;
      const notification: NotificationView = {
        id,
        topic: message.topic,
        titleZh: message.titleZh,
        titleEn: message.titleEn,
        itemId: message.itemId,
        assignmentId,
        createdAt: new Date(message.createdAt),
        readAt: null,
      };
      for (const l of set)
        if (l.tenantId === String(message.tenantId)) l.inbox.push({ notificationAdded: notification });
    }
  }
}
