/**
 * The Redis pub/sub channel from the worker (after it commits notifications) to every API process
 * (which pushes them to subscribed users). Pub/sub is fire-and-forget: a client that was offline
 * reads the missed rows through the `notifications` query, the channel only makes it live.
 */
export const notificationChannel = (redisPrefix: string) => `${redisPrefix}:notifications`;

/** One event's fresh notifications; recipients are [notificationId, userId, assignmentId]. */
export interface NotificationMessage {
  tenantId: string;
  eventId: string;
  topic: string;
  titleZh: string;
  titleEn: string;
  itemId: string | null;
  createdAt: string;
  recipients: [string, string, string | null][];
}

/** Keeps a cascade's message to a few dozen kilobytes. */
export const RECIPIENTS_PER_MESSAGE = 500;
