import { openDatabase } from '../../../server/src/db/client.ts';
import { categories, groupMembers, groups, liveSessions, questions, sessions, users } from '../../../server/src/db/schema/index.ts';
import { generateSessionToken, sessionIdOf } from '../../../server/src/modules/auth/sessions.ts';

export interface BenchRoom {
  sessionId: number;
  questionIds: number[];
  /** session tokens of the participants, index = participant number */
  tokens: string[];
}

const BATCH = 1000;
const DAY = 24 * 60 * 60 * 1000;

/**
 * A room with N signed-in participants, written straight into the database before the server
 * starts: N logins through argon2id would take minutes and measure nothing about the room.
 */
export async function seedBenchRoom(target: { databaseUrl?: string; dataDir: string }, participants: number, openQuestions = 10): Promise<BenchRoom> {
  const database = await openDatabase(target);
  const db = database.db;
  const expiresAt = new Date(Date.now() + 30 * DAY);
  const tokens: string[] = [];
  const userIds: number[] = [];
  for (let start = 0; start < participants; start += BATCH) {
    const count = Math.min(BATCH, participants - start);
    const rows = await db
      .insert(users)
      .values(
        Array.from({ length: count }, (_, i) => ({
          email: `teilnehmer${start + i}@bench.example`,
          passwordHash: 'not-a-login',
          displayName: `Teilnehmende ${start + i}`,
          status: 'active' as const,
        })),
      )
      .returning({ id: users.id });
    const batchTokens = rows.map(() => generateSessionToken());
    await db.insert(sessions).values(rows.map((r, i) => ({ id: sessionIdOf(batchTokens[i]!), userId: r.id, expiresAt })));
    tokens.push(...batchTokens);
    userIds.push(...rows.map((r) => r.id));
  }
  const hostId = userIds[0]!;
  const [group] = await db.insert(groups).values({ slug: 'bench', name: 'Lasttest', createdBy: hostId }).returning();
  await db.insert(categories).values({ slug: 'ag-bench', nameDe: 'Lasttest', nameEn: 'Load test', nameFr: 'Test de charge', groupId: group!.id });
  await db.insert(groupMembers).values({ groupId: group!.id, userId: hostId, role: 'lead', status: 'active', joinedAt: new Date() });
  const now = Date.now();
  const [session] = await db
    .insert(liveSessions)
    .values({
      groupId: group!.id,
      hostId,
      title: 'Lasttest: Fragen an die Praxis',
      startsAt: new Date(now - 10 * 60 * 1000),
      endsAt: new Date(now + 60 * 60 * 1000),
      audience: 'network',
      status: 'live',
      startedAt: new Date(now - 10 * 60 * 1000),
      seq: openQuestions,
    })
    .returning();
  const asked = await db
    .insert(questions)
    .values(
      Array.from({ length: openQuestions }, (_, i) => ({
        sessionId: session!.id,
        authorId: userIds[(i + 1) % userIds.length]!,
        body: `Frage ${i + 1}: Wie messen Sie die Wirkung Ihrer Präventionsmaßnahmen im Stadtteil?`,
        status: 'open' as const,
        publishedAt: new Date(),
        seq: i + 1,
      })),
    )
    .returning({ id: questions.id });
  await database.close();
  return { sessionId: session!.id, questionIds: asked.map((q) => q.id), tokens };
}
