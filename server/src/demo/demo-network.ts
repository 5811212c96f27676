import type { Db } from '../db/client.ts';
import { cities, practices, practiceReviews, projects, topics } from '../db/schema/index.ts';
import { renderMarkdown } from '../lib/markdown.ts';

const day = (now: Date, offsetDays: number) => new Date(now.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * The network's public face in the demo: a few published projects and rated practice examples
 * (fictional, like all demo content), so that the landing page, the library and the city pages show
 * what they are for.
 */
export async function seedDemoNetwork(db: Db, userIds: Map<string, number>, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const topicIds = new Map((await tx.select({ id: topics.id, slug: topics.slug }).from(topics)).map((t) => [t.slug, t.id]));
    const cityIds = new Map((await tx.select({ id: cities.id, slug: cities.slug }).from(cities)).map((c) => [c.slug, c.id]));
    const moderator = userIds.get('moderator')!;
    const published = { publishedAt: now, publishedBy: moderator, proposedBy: userIds.get('james') ?? moderator };

    const project = (p: { title: string; programme: string; topic: string; startsOn: string; endsOn: string | null; lead: string | null; organisation?: string; partners: string[]; aims: string; results?: string }) => ({
      title: p.title,
      programme: p.programme,
      topicId: topicIds.get(p.topic) ?? null,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      leadCityId: p.lead ? cityIds.get(p.lead)! : null,
      leadOrganisation: p.organisation ?? '',
      partnerCityIds: p.partners.map((s) => cityIds.get(s)!),
      aims: p.aims,
      aimsHtml: renderMarkdown(p.aims),
      results: p.results ?? '',
      resultsHtml: p.results ? renderMarkdown(p.results) : '',
      contact: 'Geschäftsstelle des Netzwerks',
      ...published,
    });
    await tx.insert(projects).values([
      project({
        title: 'Sichere Bahnhofsumfelder – europäischer Erfahrungsaustausch',
        programme: 'isf',
        topic: 'bahnhofsviertel',
        startsOn: day(now, -300),
        endsOn: day(now, 430),
        lead: 'duesseldorf',
        partners: ['hannover', 'leipzig', 'strasbourg'],
        aims: 'Gemeinsame Standards für **Bahnhofsumfelder**: Lagebilder, Zusammenarbeit von Ordnungsdienst, Sozialarbeit und Bahn, Gestaltung des Raums.',
      }),
      project({
        title: 'Nachtleben sicher gestalten',
        programme: 'erasmus_plus',
        topic: 'nachtleben-veranstaltungen',
        startsOn: day(now, -1100),
        endsOn: day(now, -200),
        lead: null,
        organisation: 'Europäisches Forum für urbane Sicherheit (Efus)',
        partners: ['mannheim', 'muenster'],
        aims: 'Fortbildung für Nachtbürgermeisterinnen, Awareness-Teams und Ordnungsämter.',
        results: 'Ein Curriculum in drei Sprachen und ein Leitfaden für Awareness-Konzepte.',
      }),
      project({
        title: 'Sicherheitsbefragungen vergleichbar machen',
        programme: 'national',
        topic: 'sicherheitsanalysen-befragungen',
        startsOn: day(now, 60),
        endsOn: day(now, 790),
        lead: 'duisburg',
        partners: ['augsburg', 'karlsruhe'],
        aims: 'Ein gemeinsamer Kernfragebogen und eine gemeinsame Auswertung für kommunale Sicherheitsaudits.',
      }),
    ]);

    const emmie = (ratings: [number, number, number, number, number], notes: [string, string, string, string, string]) => ({
      effect: { rating: ratings[0], note: notes[0] },
      mechanism: { rating: ratings[1], note: notes[1] },
      moderators: { rating: ratings[2], note: notes[2] },
      implementation: { rating: ratings[3], note: notes[3] },
      economics: { rating: ratings[4], note: notes[4] },
    });
    const rows = await tx
      .insert(practices)
      .values([
        {
          title: 'Quartiersrunde am Bahnhofsplatz',
          summary: 'Ordnungsamt, Polizei, Sozialarbeit und Gewerbe treffen sich monatlich und handeln nach einem gemeinsamen Lagebild.',
          content: {
            problem: 'Beschwerden über Trinkgelage, Müll und Angsträume rund um den Bahnhofsplatz.',
            measures: '- monatliche Quartiersrunde\n- gemeinsame Begehungen\n- aufsuchende Sozialarbeit am Abend',
            partners: 'Ordnungsamt, Polizei, Straßensozialarbeit, Deutsche Bahn, Gewerbeverein',
            resources: 'Eine halbe Koordinationsstelle; Sachkosten rund 8.000 € im Jahr',
            duration: 'seit 2022, unbefristet',
            contact: 'Kommunaler Ordnungsdienst',
            evaluationDesign: 'pre_post',
            evaluationFindings: 'Die Befragung 2024 zeigt ein höheres Sicherheitsgefühl am Abend als 2021.',
          },
          topicId: topicIds.get('bahnhofsviertel') ?? null,
          targetGroups: ['residents', 'businesses'],
          settings: ['public_space', 'transport'],
          cityId: cityIds.get('augsburg')!,
          language: 'de' as const,
          evidenceLevel: 'likely',
          emmie: emmie([2, 2, 1, 3, 1], ['Vorher-nachher-Befragung ohne Vergleichsgebiet.', 'Informelle soziale Kontrolle und schnelle Reaktion, plausibel.', 'Wirkt, wo alle Partner verbindlich teilnehmen.', 'Ablauf und Rollen sind gut dokumentiert.', 'Kosten erfasst, Nutzen nicht beziffert.']),
          authorId: userIds.get('member') ?? moderator,
        },
        {
          title: 'Sicherheitsberatung für Seniorinnen und Senioren',
          summary: 'Ehrenamtliche Sicherheitsberater informieren ältere Menschen über Betrugsmaschen an der Haustür und am Telefon.',
          content: {
            problem: 'Zunehmende Betrugsfälle mit falschen Polizeibeamten und Enkeltrick.',
            measures: 'Geschulte Ehrenamtliche besuchen Seniorentreffs und bieten Sprechstunden an.',
            partners: 'Seniorenbeirat, Polizei, Wohlfahrtsverbände',
            resources: 'Schulung und Aufwandsentschädigungen, rund 12.000 € im Jahr',
            duration: 'laufend',
            contact: 'Geschäftsstelle Kommunale Kriminalprävention',
            evaluationDesign: 'comparison',
            evaluationFindings: 'Teilnehmende erkannten Betrugsanrufe deutlich häufiger als eine Vergleichsgruppe.',
          },
          topicId: topicIds.get('seniorensicherheit-betrug') ?? null,
          targetGroups: ['seniors'],
          settings: ['housing', 'family'],
          cityId: cityIds.get('karlsruhe')!,
          language: 'de' as const,
          evidenceLevel: 'proven',
          emmie: emmie([3, 2, 2, 2, 2], ['Studie mit Vergleichsgruppe.', 'Wissen und Handlungssicherheit als Wirkweg belegt.', 'Stärker bei allein lebenden Menschen.', 'Schulungskonzept liegt vor.', 'Kosten je Teilnehmer erhoben.']),
          authorId: userIds.get('henrik') ?? moderator,
        },
        {
          title: 'Marches exploratoires de femmes',
          summary: 'Des habitantes parcourent leur quartier avec les services municipaux et signalent les lieux où elles ne se sentent pas en sécurité.',
          content: {
            problem: 'Sentiment d’insécurité des femmes dans certains espaces publics la nuit.',
            measures: 'Marches accompagnées, relevé des lieux, plan d’action avec les services techniques.',
            partners: 'Services techniques, bailleurs sociaux, associations',
            resources: 'Animation par une association, environ 5 000 € par marche',
            duration: 'trois mois par quartier',
            contact: 'Coordination du CLSPD',
            evaluationDesign: 'process',
            evaluationFindings: '',
          },
          topicId: topicIds.get('gewalt-gegen-frauen') ?? null,
          targetGroups: ['women', 'residents'],
          settings: ['public_space'],
          cityId: cityIds.get('strasbourg')!,
          language: 'fr' as const,
          evidenceLevel: 'founded',
          emmie: emmie([1, 2, 1, 2, 0], ['Pas encore d’évaluation des effets.', 'Appropriation de l’espace et aménagements ciblés.', 'Dépend de l’implication des services.', 'Guide de mise en œuvre disponible.', 'Coûts non évalués.']),
          authorId: userIds.get('claire') ?? moderator,
        },
      ].map((p) => ({ ...p, status: 'published' as const, reviewerId: moderator, publishedAt: now })))
      .returning({ id: practices.id });
    await tx.insert(practiceReviews).values(rows.map((r) => ({ practiceId: r.id, authorId: moderator, kind: 'published' as const, body: '' })));
  });
}
