import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { posts, threads } from './forum.ts';
import { groups } from './groups.ts';
import { languageVector, tsvector } from './search-columns.ts';
import { users } from './users.ts';

/** A scheduled live Q&A of a working group ("sessions" is taken by logins). */
export const liveSessions = pgTable(
  'live_sessions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    groupId: integer()
      .notNull()
      .references(() => groups.id),
    hostId: integer()
      .notNull()
      .references(() => users.id),
    title: text().notNull(),
    description: text().notNull().default(''),
    startsAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    endsAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    /** 'group' (its members) | 'network' (every active member) */
    audience: text({ enum: ['group', 'network'] }).notNull(),
    /** 'scheduled' → 'live' → 'ended' → 'archived' */
    status: text({ enum: ['scheduled', 'live', 'ended', 'archived'] }).notNull().default('scheduled'),
    premoderation: boolean().notNull().default(false),
    highlightedQuestionId: integer(),
    archivedThreadId: integer().references(() => threads.id),
    /**
     * Grows with every change in the room (session, question, vote); each change carries it, so a
     * client that re-joins keeps whichever copy of a question or the session is newer.
     */
    seq: bigint({ mode: 'number' }).notNull().default(0),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    startedAt: timestamp({ withTimezone: true, precision: 3 }),
    endedAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (t) => [index('live_sessions_starts_idx').on(t.startsAt), index('live_sessions_group_idx').on(t.groupId, t.startsAt)],
);

export const questions = pgTable(
  'questions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer()
      .notNull()
      .references(() => liveSessions.id),
    authorId: integer()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    /** hidden from other participants; moderators still see the asker */
    anonymous: boolean().notNull().default(false),
    /** 'pending' (waits for approval) | 'open' | 'answered' | 'dismissed' | 'merged' */
    status: text({ enum: ['pending', 'open', 'answered', 'dismissed', 'merged'] }).notNull(),
    /** set once the question has been shown to every participant */
    publishedAt: timestamp({ withTimezone: true, precision: 3 }),
    voteCount: integer().notNull().default(0),
    answer: text(),
    answeredAt: timestamp({ withTimezone: true, precision: 3 }),
    dismissReason: text(),
    mergedIntoId: integer(),
    /** the open forum question made from it, once someone did */
    forumThreadId: integer().references(() => threads.id),
    language: text().notNull().default('de'),
    searchVector: tsvector().generatedAlwaysAs(languageVector('body')),
    seq: bigint({ mode: 'number' }).notNull().default(0),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('questions_session_idx').on(t.sessionId, t.id),
    index('questions_search_idx').using('gin', t.searchVector),
    index('questions_body_trgm_idx').using('gin', sql`${t.body} gin_trgm_ops`),
  ],
);

export const questionVotes = pgTable(
  'question_votes',
  {
    questionId: integer()
      .notNull()
      .references(() => questions.id),
    userId: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.userId] }), index('question_votes_user_idx').on(t.userId)],
);

export const chatMessages = pgTable(
  'chat_messages',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer()
      .notNull()
      .references(() => liveSessions.id),
    authorId: integer()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('chat_messages_session_idx').on(t.sessionId, t.id)],
);

/** Every moderating action (live rooms, group membership), for transparency and review. */
export const moderationLog = pgTable(
  'moderation_log',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    actorId: integer()
      .notNull()
      .references(() => users.id),
    /** e.g. 'question.dismiss', 'question.merge', 'session.start', 'group.member.remove' */
    action: text().notNull(),
    groupId: integer().references(() => groups.id),
    sessionId: integer().references(() => liveSessions.id),
    questionId: integer().references(() => questions.id),
    /** whom it concerned; a deleted account leaves the action in the log without the person */
    targetUserId: integer().references(() => users.id, { onDelete: 'set null' }),
    threadId: integer().references(() => threads.id),
    postId: integer().references(() => posts.id),
    details: jsonb().notNull().default({}),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('moderation_log_session_idx').on(t.sessionId, t.id),
    index('moderation_log_group_idx').on(t.groupId, t.id),
    index('moderation_log_thread_idx').on(t.threadId, t.id),
  ],
);

