import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { ReminderRule } from '@kinerja/shared';
import { Employee } from '../employee/employee.entity.js';
import { UserAccount } from '../account/user-account.entity.js';

/**
 * An in-app notification (the dashboard's bell): a reminder for someone who must act. Addressed to
 * a person (the employee, whichever account they sign in with) or, for the BKD's own steps, to an
 * HR admin account. `recipientKey` + `rule` + `day` is unique: a rule reaches a recipient at most
 * once a day, however often the rules run and on however many servers.
 */
@ObjectType({ description: 'An in-app notification: a reminder of appraisals waiting for the signed-in person.' })
@Entity({ tableName: 'notification' })
@Unique({ name: 'notification_once_per_rule_and_day', properties: ['rule', 'day', 'recipientKey'] })
export class Notification {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Employee, { nullable: true, deleteRule: 'cascade', index: true })
  recipientEmployee?: Employee | null;

  @ManyToOne(() => UserAccount, { nullable: true, deleteRule: 'cascade', index: true })
  recipientAccount?: UserAccount | null;

  /** `E:<employee id>` or `A:<account id>`: one key for the once-a-day rule. */
  @Property({ type: 'text' })
  recipientKey!: string;

  @Field(() => ReminderRule, { description: 'The reminder rule that sent it.' })
  @Enum({ items: () => ReminderRule, type: 'text' })
  rule!: ReminderRule;

  /** The calendar day (server time zone) the rule ran for. */
  @Property({ type: 'date' })
  day!: string;

  @Field(() => String, { description: 'One line: what is waiting.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'The appraisals waiting, one per line.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Int, { description: 'How many appraisals it is about.' })
  @Property({ type: 'integer' })
  appraisalCount!: number;

  @Field(() => Date, { description: 'When it was sent.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true, description: 'When it was marked read; null while unread.' })
  @Property({ type: 'timestamptz', nullable: true })
  readAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was e-mailed; null when not (no SMTP_URL, no address, or delivery failed).' })
  @Property({ type: 'timestamptz', nullable: true })
  emailedAt?: Date | null;
}
