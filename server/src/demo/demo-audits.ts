import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditAreas, categories, cities, documents, indicators, posts } from '../db/schema/index.ts';
import { auditThread } from '../modules/audits/audit-thread.ts';
import { insertAudit, insertImport, nextAuditId } from '../modules/audits/audits.repo.ts';
import { readBoundaries } from '../modules/audits/boundaries.ts';
import type { ResultRow } from '../modules/audits/results-file.ts';
import { insertDemoThread } from './demo-threads.ts';

const DUISBURG = readFileSync(new URL('./geodata/duisburg-stadtbezirke.geojson', import.meta.url));
const OSM = { attribution: '© OpenStreetMap contributors', licence: 'ODbL 1.0' };
const SHOWN = ['safety_dark', 'safety_day', 'places_avoided', 'worry_burglary', 'trust_police'];

/** A made-up but steady number in [0, 1) for a key: the demo's figures are the same on every start. */
function noise(key: string): number {
  let h = 2166136261;
  for (const c of key) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

/** Shares of a four-point scale around a headline share (the two "negative" categories), summing to 100. */
function fourPoint(headline: number, keys: string[]): Record<string, number> {
  const strong = Math.round(headline * 0.3 * 10) / 10;
  const mild = Math.round((headline - strong) * 10) / 10;
  const rest = 100 - headline;
  const best = Math.round(rest * 0.35 * 10) / 10;
  const [a, b, c, d] = keys as [string, string, string, string];
  return { [a]: best, [b]: Math.round((rest - best) * 10) / 10, [c]: mild, [d]: strong };
}

function shares(slug: string, base: number, categories: string[]): Record<string, number> {
  if (categories.length === 2) return { [categories[0]!]: Math.round(base * 10) / 10, [categories[1]!]: Math.round((100 - base) * 10) / 10 };
  // Trust's headline is the positive end of its scale; the others' the negative one.
  if (slug.startsWith('trust')) {
    const s = fourPoint(base, [...categories].reverse());
    return Object.fromEntries(categories.map((k) => [k, s[k]!]));
  }
  return fourPoint(base, categories);
}

/** The demo's groups of respondents: how far their figure lies from the city's, and their part of the answers. */
const BREAKDOWN_SHIFTS: [string, number, number][] = [
  ['gender:female', 7, 0.52],
  ['gender:male', -6, 0.47],
  ['gender:diverse', 3, 0.01],
  ['age:16_29', -4, 0.17],
  ['age:30_44', -1, 0.24],
  ['age:45_64', 1, 0.33],
  ['age:65_plus', 8, 0.26],
];

/** Questions on the demo audit's discussion thread, as a prevention council would ask them. */
const DUISBURG_QUESTIONS = [
  {
    authorKey: 'sabine',
    hoursAfter: 20,
    body: 'Wie habt ihr in Walsum die Rücklaufquote erhöht? Bei uns antworten in den nördlichen Stadtteilen kaum Menschen – habt ihr dort nachgefasst oder online nachbefragt?',
  },
  {
    authorKey: 'moderator',
    hoursAfter: 30,
    body: 'Walsum hatte 2022 tatsächlich zu wenige Antworten (n = 24), deshalb sind die Werte dort zurückgehalten. 2025 gab es eine Erinnerungspostkarte und einen Online-Zugang per QR-Code.',
  },
];

/**
 * The demo's audits, all with made-up figures and marked as demo data: Duisburg by its seven real
 * Stadtbezirke (OpenStreetMap boundaries) for 2022 and 2025, and three more cities city-wide for
 * the same years, so maps, trends and comparisons have something to show.
 */
export async function seedDemoAudits(db: Db, userIds: Map<string, number>, now: Date): Promise<void> {
  const catalogue = await db.select().from(indicators);
  /** A demo library document by its title (none when the demo was loaded without its library). */
  const documentId = async (title: string | undefined) => (title ? ((await db.select({ id: documents.id }).from(documents).where(eq(documents.title, title)))[0]?.id ?? null) : null);
  const cityId = async (slug: string) => (await db.select({ id: cities.id }).from(cities).where(eq(cities.slug, slug)))[0]!.id;
  const by = userIds.get('moderator')!;
  const plans: { city: string; title: string; level: number; districts: boolean; report?: string; questionnaire?: string }[] = [
    { city: 'duisburg', title: 'Bürgerbefragung Sicherheit und Zusammenleben', level: 34, districts: true },
    { city: 'hannover', title: 'Sicherheitsbefragung Hannover', level: 29, districts: false },
    { city: 'leipzig', title: 'Leipziger Bürgerumfrage – Sicherheit', level: 37, districts: false },
    {
      city: 'mannheim',
      title: 'Sicherheitsaudit Mannheim',
      level: 31,
      districts: false,
      report: 'Bürgerbefragung 2025 – Ergebnisse nach Stadtbezirken (Tabelle)',
      questionnaire: 'Fragebogen Bürgerbefragung „Sicherheit und Zusammenleben“ 2025 (2. Welle)',
    },
  ];
  const boundaries = readBoundaries(DUISBURG, OSM);
  const [{ auditCategory }] = (await db.select({ auditCategory: categories.id }).from(categories).where(eq(categories.slug, 'sicherheitsaudits'))) as [{ auditCategory: number }];
  for (const plan of plans) {
    const city = await cityId(plan.city);
    const [reportDocumentId, questionnaireDocumentId] = [await documentId(plan.report), await documentId(plan.questionnaire)];
    await db.transaction(async (tx) => {
      const id = await nextAuditId(tx);
      const cityName = (await tx.select({ name: cities.name }).from(cities).where(eq(cities.id, city)))[0]!.name;
      const opening = auditThread({ id, title: plan.title, city: cityName, from: '2025-03-03', to: '2025-04-30' }, 'de');
      const replies = plan.districts ? DUISBURG_QUESTIONS : [];
      const openingPost = await insertDemoThread(tx, { authorKey: 'moderator', daysAgo: 30, ...opening, replies }, auditCategory, userIds, now);
      const [{ threadId }] = (await tx.select({ threadId: posts.threadId }).from(posts).where(eq(posts.id, openingPost))) as [{ threadId: number }];
      const audit = await insertAudit(tx, {
        id,
        threadId,
        reportDocumentId,
        questionnaireDocumentId,
        cityId: city,
        title: plan.title,
        summary: 'Fiktive Demodaten: Die Ergebnisse sind erfunden und zeigen nur, wie Praxisnetz Audits darstellt.',
        fieldworkFrom: '2025-03-03',
        fieldworkTo: '2025-04-30',
        mode: 'mixed',
        sampleSize: 6000,
        responseRate: 28 + Math.round(noise(plan.city) * 100) / 10,
        questionnaire: 'defus_monitor',
        office: 'Kommunaler Präventionsrat',
        licence: 'CC BY 4.0 (fiktive Demodaten)',
        visibility: plan.districts ? 'public' : 'members',
        minN: 30,
        demo: true,
        createdBy: by,
        ...(plan.districts && { attribution: OSM.attribution, boundaryLicence: OSM.licence }),
      });
      if (plan.districts) {
        await tx.insert(auditAreas).values(boundaries.areas.map((a) => ({ auditId: audit.id, code: a.code, name: a.name, geometry: a.geometry })));
      }
      const areas = ['city', ...(plan.districts ? boundaries.areas.map((a) => a.code) : [])];
      const rows: ResultRow[] = [];
      for (const year of [2022, 2025])
        for (const slug of SHOWN) {
          const indicator = catalogue.find((i) => i.slug === slug)!;
          const keys = indicator.categories.map((c) => c.key);
          for (const area of areas) {
            const spread = area === 'city' ? 0 : (noise(`${plan.city}${area}${slug}`) - 0.5) * 22;
            const trend = year === 2025 ? -2 + noise(`${plan.city}${slug}${year}`) * 3 : 0;
            const offset = slug === 'safety_day' ? -22 : slug === 'places_avoided' ? 4 : slug === 'worry_burglary' ? 6 : slug === 'trust_police' ? 38 : 0;
            const base = Math.min(90, Math.max(4, plan.level + offset + spread + trend));
            // One district had too few answers in 2022: its values are withheld on every page.
            const n = area === 'city' ? 1650 + Math.round(noise(`${plan.city}${year}`) * 400) : area === '100' && year === 2022 ? 24 : 160 + Math.round(noise(`${area}${year}`) * 180);
            rows.push({ areaCode: area, indicatorId: indicator.id, year, breakdown: '', n, shares: shares(slug, base, keys), mean: null });
            // The whole city also by gender and age group; few people answered "diverse", so those figures are withheld.
            if (area === 'city' && plan.districts) {
              for (const [breakdown, shift, part] of BREAKDOWN_SHIFTS) {
                const value = Math.min(90, Math.max(4, base + (slug === 'trust_police' ? -shift / 2 : shift)));
                rows.push({ areaCode: area, indicatorId: indicator.id, year, breakdown, n: Math.round(n * part), shares: shares(slug, value, keys), mean: null });
              }
            }
          }
        }
      await insertImport(tx, audit.id, 1, rows, by);
    });
  }
}
