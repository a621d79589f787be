import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserEntity } from '../identity';

/**
 * 消息通知: what one user heard about one domain event (交办, 签字, 审核, 催办 …). Unique per
 * (event, user), so a replayed event job never notifies anyone twice.
 */
@ObjectType('Notification', { description: '消息通知: a domain event as one recipient sees it' })
@Entity('notification')
@Unique('notification_event_id_user_id_key', ['eventId', 'userId'])
@Index('notification_user_idx', ['userId', 'id'])
@Index('notification_unread_idx', ['userId'], { where: 'read_at IS NULL' })
export class NotificationEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'bigint', name: 'tenant_id' })
  tenantId!: string;

  @Column({ type: 'bigint', name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'notification_user_id_fkey' })
  user?: UserEntity;

  /** The recipient's unit path at delivery, for the RLS policy. */
  @Column({ type: 'ltree', name: 'unit_path' })
  unitPath!: string;

  /** The outbox row this came from (the idempotency key). */
  @Column({ type: 'bigint', name: 'event_id' })
  eventId!: string;

  @Field({ description: 'Event topic, e.g. item.assigned, report.signed, assignment.urged' })
  @Column({ type: 'varchar', length: 60 })
  topic!: string;

  @Field({ description: 'Title in Chinese' })
  @Column({ type: 'text', name: 'title_zh' })
  titleZh!: string;

  @Field({ description: 'Title in English' })
  @Column({ type: 'text', name: 'title_en' })
  titleEn!: string;

  @Field(() => ID, { nullable: true, description: '督查事项' })
  @Column({ type: 'bigint', name: 'item_id', nullable: true })
  itemId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "交办: for a cascade, the recipient unit's own assignment",
  })
  @Column({ type: 'bigint', name: 'assignment_id', nullable: true })
  assignmentId!: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: '已读 time (the read receipt); null while unread' })
  @Column({ type: 'timestamptz', name: 'read_at', nullable: true })
  readAt!: Date | null;
}

/** What the API reads and pushes: the entity without its internal columns. */
export type NotificationView = Pick<
  NotificationEntity,
  'id' | 'topic' | 'titleZh' | 'titleEn' | 'itemId' | 'assignmentId' | 'createdAt' | 'readAt'
>;
