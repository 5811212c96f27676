import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { postHelpful, posts, threads, topics, userExpertise, users } from '../db/schema/index.ts';

/** Who does what and knows what: the profiles of the demo's members (persons are fictional). */
const profiles: Record<string, { office: string; expertise: string[]; languages: string[] }> = {
  admin: { office: 'Geschäftsstelle des Netzwerks', expertise: ['praeventionsgremien', 'kommunale-kriminalpraevention'], languages: ['de', 'en', 'fr'] },
  moderator: { office: 'Ordnungsdezernat, Kommunale Kriminalprävention', expertise: ['staedtebauliche-kriminalpraevention', 'radikalisierung-polarisierung', 'praeventionsgremien'], languages: ['de', 'en'] },
  moderator2: { office: 'Kommunale Kriminalprävention, Sicherheitsbefragungen', expertise: ['sicherheitsanalysen-befragungen', 'evaluation-wirkungsmessung', 'nachtleben-veranstaltungen'], languages: ['de', 'en'] },
  member: { office: 'Ordnungsamt, Kommunaler Ordnungsdienst', expertise: ['oeffentlicher-raum-ordnung', 'bahnhofsviertel'], languages: ['de'] },
  sabine: { office: 'Geschäftsführung Kriminalpräventiver Rat', expertise: ['praeventionsgremien', 'wohnungseinbruch', 'jugenddelinquenz'], languages: ['de', 'en'] },
  tobias: { office: 'Mobile Jugendarbeit', expertise: ['jugenddelinquenz', 'oeffentlicher-raum-ordnung'], languages: ['de', 'tr'] },
  lena: { office: 'Stadtplanungsamt', expertise: ['staedtebauliche-kriminalpraevention', 'oeffentlicher-raum-ordnung'], languages: ['de', 'fr'] },
  frank: { office: 'Polizeilicher Verbindungsbeamter', expertise: ['wohnungseinbruch', 'seniorensicherheit-betrug'], languages: ['de'] },
  nadine: { office: 'Koordination Istanbul-Konvention', expertise: ['gewalt-gegen-frauen'], languages: ['de', 'en'] },
  ole: { office: 'Suchthilfekoordination', expertise: ['drogen-schadensminderung', 'bahnhofsviertel'], languages: ['de', 'nl'] },
  henrik: { office: 'Geschäftsstelle Kommunale Kriminalprävention', expertise: ['seniorensicherheit-betrug', 'wohnungseinbruch', 'evaluation-wirkungsmessung'], languages: ['de'] },
  james: { office: 'EU-Projektkoordination, Efus-Kontakt', expertise: ['radikalisierung-polarisierung', 'kommunale-kriminalpraevention'], languages: ['en', 'de'] },
  claire: { office: 'Chargée de mission prévention, coordination du CLSPD', expertise: ['gewalt-gegen-frauen', 'praeventionsgremien'], languages: ['fr', 'de', 'en'] },
};

/**
 * The peer exchange in the demo: profiles with office, expertise and languages; the threads that ask
 * (a title ending in "?") are questions, every other one of those with replies has an accepted answer
 * (its first reply by someone other than the asker), and the first replies carry a few helpful marks.
 */
export async function seedDemoExchange(db: Db, userIds: Map<string, number>): Promise<void> {
  await db.transaction(async (tx) => {
    const topicIds = new Map((await tx.select({ id: topics.id, slug: topics.slug }).from(topics)).map((t) => [t.slug, t.id]));
    for (const [key, p] of Object.entries(profiles)) {
      const userId = userIds.get(key);
      if (!userId) continue;
      await tx.update(users).set({ office: p.office, languages: p.languages }).where(eq(users.id, userId));
      const expertise = p.expertise.flatMap((slug) => (topicIds.has(slug) ? [{ userId, topicId: topicIds.get(slug)! }] : []));
      if (expertise.length) await tx.insert(userExpertise).values(expertise).onConflictDoNothing();
    }

    const asking = await tx
      .select({ id: threads.id, authorId: threads.authorId })
      .from(threads)
      .where(and(sql`${threads.title} like '%?'`, inArray(threads.authorId, [...userIds.values()])))
      .orderBy(threads.id);
    if (!asking.length) return;
    await tx.update(threads).set({ kind: 'question' }).where(inArray(threads.id, asking.map((t) => t.id)));
    const members = (await tx.select({ id: users.id }).from(users).where(and(eq(users.status, 'active'), inArray(users.id, [...userIds.values()])))).map((u) => u.id);
    for (const [index, question] of asking.entries()) {
      const replies = await tx
        .select({ id: posts.id, authorId: posts.authorId })
        .from(posts)
        .where(and(eq(posts.threadId, question.id), eq(posts.isOpening, false)))
        .orderBy(posts.id);
      const first = replies.find((r) => r.authorId !== question.authorId);
      if (!first) continue;
      if (index % 2 === 0) {
        await tx.update(threads).set({ acceptedPostId: first.id, acceptedAt: sql`now()`, acceptedBy: question.authorId }).where(eq(threads.id, question.id));
      }
      for (const [n, reply] of replies.slice(0, 2).entries()) {
        const markers = members.filter((m) => m !== reply.authorId).slice(n + (index % 3), n + (index % 3) + 3 - n);
        if (!markers.length) continue;
        await tx.insert(postHelpful).values(markers.map((userId) => ({ postId: reply.id, userId }))).onConflictDoNothing();
        await tx.update(posts).set({ helpfulCount: markers.length }).where(eq(posts.id, reply.id));
      }
    }
  });
}
