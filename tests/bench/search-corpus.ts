import { rowsOf } from '../../server/src/db/rows.ts';
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../server/src/db/client.ts';
import { demoCategories, demoCities } from '../../server/src/demo/content/index.ts';
import { categories, cities } from '../../server/src/db/schema/index.ts';

/**
 * A generated forum and library for bench:search, written with SQL generate_series. Sentences mix
 * function words, practitioners' vocabulary in German, English and French (skewed, so the first
 * words of each list are in about a fifth of all posts and the last in a few per cent, as domain
 * terms are in a specialised forum) and a long tail of rare made-up words, which real text also
 * has and which keeps the index statistics realistic. Inflected forms (Haus/Häuser/Häusern)
 * exercise the stemmers. Posts and documents are strung together from a pool of generated
 * sentences: picking words one by one for 200,000 replies takes minutes.
 */

const vocabulary = {
  de: {
    content: `Prävention Sicherheit Quartier Quartiere Quartieren Stadtteil Polizei Ordnungsamt Jugendliche Jugendlichen
      Nachbarschaft Beleuchtung Unterführung Unterführungen Angstraum Angsträume Angsträumen Sicherheitsgefühl
      Sicherheitsaudit Sicherheitsaudits Bürgerbefragung Befragung Rücklauf Stichprobe Haus Häuser Häusern Wohnung
      Wohnungen Einbruch Einbrüche Einbruchschutz Beratung Sozialarbeit Streetwork Videoüberwachung Kamera Kameras
      Bahnhof Bahnhofsviertel Marktplatz Platz Plätze Park Parks Spielplatz Schule Schulen Lehrkräfte Eltern Verein
      Vereine Kommune Kommunen Stadtrat Gremium Geschäftsstelle Präventionsrat Kriminalprävention Lagebild Statistik
      Dunkelfeld Gewalt Jugendgewalt Vandalismus Graffiti Alkohol Alkoholverbot Drogen Drogenkonsum Konsumraum Lärm
      Beschwerden Anwohner Anwohnerinnen Bürgerversammlung Moderation Workshop Workshops Fortbildung Förderung
      Fördermittel Haushalt Kosten Finanzierung Evaluation Wirkung Maßnahme Maßnahmen Konzept Checkliste Leitfaden
      Erfahrung Erfahrungen Projekt Projekte Kooperation Netzwerk Ehrenamt Senioren Schockanrufe Betrug Banken
      Sparkassen Cybermobbing Medienkompetenz Frauen Nachttaxi Heimweg Begehung Begehungen Stadtplanung Bauleitplanung
      Gestaltung Sichtachsen Hecken Wegeführung Gastronomie Nachtleben Awareness Stadtfest Veranstaltung Waffenverbot
      Kontrollen Platzverweis Aufenthaltsqualität Sauberkeit Müll Ruhestörung Obdachlosigkeit Suchthilfe Straßensozialarbeit`,
    syllables: `an be ver ge stadt land haus wohn kreis ort teil platz weg amt recht arbeit plan ung keit heit schaft
      lich bar los voll mittel stelle kraft zeit raum netz bild gang lauf wert stand fall werk hof feld`,
    function: `der die das und in mit für auf von zu im den dem ist sind wir haben wird nicht auch bei eine einen ein sich es als
      über nach noch sehr viel gut neue bisher seit unsere unser dort hier wie was wer oft immer`,
  },
  en: {
    content: `community safety neighbourhood neighbourhoods prevention policing police council councils survey surveys youth
      young people lighting underpass street streets station district districts residents complaints mediation outreach
      funding budget evaluation impact project projects partnership partnerships burglary burglaries housing homes
      school schools parents volunteers violence vandalism alcohol drugs night economy festival awareness training
      guidance checklist experience experiences cameras surveillance design planning public space parks squares fear
      perception crime statistics victims scams fraud banks seniors cyberbullying women taxi route routes patrols order`,
    syllables: `con pro re de in ter ment tion ness ward ship hood land work port form line way side field town house
      plan act view count serve point press ject tract struct vent mit pose duce fer gress spect scribe`,
    function: `the a of and to in with for on we our is are have this that it at by from was were has not also very new more`,
  },
  fr: {
    content: `sécurité prévention quartier quartiers commune communes police municipale conseil local jeunes jeunesse médiation
      médiateurs éclairage passage souterrain gare gares habitants habitantes plaintes diagnostic diagnostics enquête
      enquêtes victimation financement budget évaluation projet projets partenariat cambriolage cambriolages logement
      logements école écoles parents bénévoles violence violences vandalisme alcool drogues nuit festival formation
      guide expérience expériences caméras vidéoprotection urbanisme aménagement espace public parcs places peur
      sentiment insécurité statistiques victimes arnaques fraude banques seniors harcèlement femmes marches exploratoires`,
    syllables: `con pré re dé in ter ment tion age ité ance eur aire ville terre port forme ligne voie côté champ
      maison plan acte vue compte serv point press jet trait struct vent mis pos duit fer grès spect scrit`,
    function: `le la les des et de du en à pour avec dans nous sur une un est sont par au aux ce cette qui que pas plus très`,
  },
};

const list = (text: string) => text.split(/\s+/).filter(Boolean);

const SENTENCES_PER_LANGUAGE = 6_000;
const BENCH_USERS = 400;

/** One random pick from a language's list: skewed (Zipf-like) for content words, uniform for function words. */
const pick = (column: 'content' | 'function' | 'syllables', skew: number) =>
  sql.raw(`w.${column}[1 + floor(power(random(), ${skew}) * array_length(w.${column}, 1))::int]`);

/** A made-up word of two or three syllables (about 40,000 possible): the long tail of rare words. */
const syllables = sql`${pick('syllables', 1.3)} || ${pick('syllables', 1.3)} || case when random() < 0.7 then ${pick('syllables', 1.3)} else '' end`;
const rare = sql`(case when w.lang = 'de' then initcap(${syllables}) else ${syllables} end)`;

/**
 * n words joined; the aggregate must mention the series' own column, or PostgreSQL evaluates it
 * at the level of the outer query whose columns it reads.
 */
const words = (word: SQL, n: string) =>
  sql`(select string_agg(case when i > 0 then ${word} end, ' ') from generate_series(1, ${sql.raw(n)}) i)`;

/**
 * n random sentences of the pool in a language. The random index is computed in its own lateral
 * step so the lookup stays an index scan (a volatile expression cannot be an index condition).
 */
const sentences = (lang: string, n: string) =>
  sql.raw(`(select string_agg(s.text, ' ') from generate_series(1, ${n}) i,
    lateral (select floor(random() * ${SENTENCES_PER_LANGUAGE})::int + i * 0 as n) p
    join bench_sentences s on s.lang = ${lang} and s.n = p.n)`);

/** Titles: mostly domain words, some rare ones. */
const title = (n: string) =>
  words(sql`(select case when r < 0.6 then ${pick('content', 1.2)} else ${rare} end from (select random() + i * 0 as r) x)`, n);

/** Three in four rows German, the rest English and French. */
const language = (r: string) => sql.raw(`(select case when r < 0.75 then 'de' when r < 0.9 then 'en' else 'fr' end from (select ${r} as r) x)`);

export interface CorpusSize {
  threads: number;
  replies: number;
  documents: number;
}

/**
 * Cities and categories of the demo, 400 active members (the first is `bench1@example.org`),
 * threads, replies, documents. One transaction on one connection, seeded, so every backend gets
 * the same corpus and the figures compare.
 */
export async function generateCorpus(db: Db, size: CorpusSize, progress: (step: string) => void): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(0.42)`);
    await fill(tx, size, progress);
  });
  await db.execute(sql`vacuum analyze`);
  progress('vacuum analyze');
}

async function fill(db: Executor, size: CorpusSize, progress: (step: string) => void): Promise<void> {
  await db.insert(cities).values(demoCities);
  await db.insert(categories).values(
    demoCategories.map((c, position) => ({ slug: c.slug, nameDe: c.name.de, nameEn: c.name.en, nameFr: c.name.fr, position })),
  );
  await db.execute(sql`create table bench_words (lang text primary key, content text[], function text[], syllables text[])`);
  const array = (words: string) => sql`array(select json_array_elements_text(${JSON.stringify(list(words))}::json))`;
  for (const [lang, w] of Object.entries(vocabulary)) {
    await db.execute(sql`insert into bench_words select ${lang}, ${array(w.content)}, ${array(w.function)}, ${array(w.syllables)}`);
  }
  const sentence = words(
    sql`(select case when r < 0.4 then ${pick('function', 1)} when r < 0.52 then ${pick('content', 1.4)} else ${rare} end
         from (select random() + i * 0 as r) x)`,
    '5 + g % 11',
  );
  await db.execute(sql`create table bench_sentences (lang text, n int, text text not null, primary key (lang, n))`);
  await db.execute(sql`insert into bench_sentences
    select w.lang, g, upper(left(x.s, 1)) || substr(x.s, 2) || '.'
    from bench_words w, generate_series(0, ${SENTENCES_PER_LANGUAGE - 1}) g, lateral (select ${sentence} as s) x`);

  await db.execute(sql`insert into users (email, password_hash, display_name, city_id, status, created_at)
    select 'bench' || g || '@example.org', 'x', 'Bench ' || g, (select id from cities order by random() + g * 0 limit 1), 'active', now()
    from generate_series(1, ${BENCH_USERS}) g`);
  const [first] = rowsOf<{ id: number }>(await db.execute(sql`select min(id) as id from users where email like 'bench%'`));
  const author = sql.raw(`(${first!.id} + floor(random() * ${BENCH_USERS})::int)`);
  progress('vocabulary, sentences, users');

  // Generated rows reference their generate_series value (g * 0) so correlated subqueries run once
  // per row; `offset 0` keeps a random pick in its own step instead of a join condition run per pair.
  await db.execute(sql`insert into threads (category_id, author_id, title, slug, language, reply_count, created_at, last_activity_at)
    select (select id from categories order by random() + g * 0 limit 1), ${author},
           ${title('4 + g % 5')}, 'bench-' || g, w.lang, 0, l.at, l.at
    from generate_series(1, ${size.threads}) g,
    lateral (select ${language('random() + g * 0')} as lang, now() - random() * interval '6 years' as at) l
    join bench_words w on w.lang = l.lang`);
  await db.execute(sql`insert into posts (thread_id, author_id, is_opening, body, body_html, language, created_at, updated_at)
    select t.id, t.author_id, true, b.body, '<p>' || b.body || '</p>', t.language, t.created_at, t.created_at
    from threads t, lateral (select ${sentences('t.language', '3 + t.id % 8')} as body) b
    where t.slug like 'bench-%'`);
  progress(`${size.threads} threads with opening posts`);
  const [range] = rowsOf<{ first: number }>(await db.execute(sql`select min(id) as first from threads where slug like 'bench-%'`));

  const CHUNK = 50_000;
  for (let done = 0; done < size.replies; done += CHUNK) {
    const n = Math.min(CHUNK, size.replies - done);
    // Most replies are in their thread's language, one in ten in another; one in a hundred is deleted.
    await db.execute(sql`insert into posts (thread_id, author_id, body, body_html, language, created_at, updated_at, deleted_at)
      select r.thread_id, r.author_id, b.body, '<p>' || b.body || '</p>', r.lang, r.at, r.at,
             case when random() < 0.01 then r.at end
      from (select t.id as thread_id, t.created_at + random() * interval '60 days' as at, ${author} as author_id,
                   case when random() < 0.9 then t.language else ${language('random() + g * 0')} end as lang, g
            from generate_series(1, ${n}) g,
            lateral (select ${range!.first} + floor(random() * ${size.threads})::int + g * 0 as id offset 0) pick
            join threads t on t.id = pick.id) r,
      lateral (select ${sentences('r.lang', '2 + r.g % 7')} as body) b`);
    progress(`${done + n} replies`);
  }
  await db.execute(sql`update threads t set reply_count = c.n, last_activity_at = c.at
    from (select thread_id, count(*) - 1 as n, max(created_at) as at from posts group by thread_id) c where c.thread_id = t.id`);

  // Documents: a description and 2–20 KB of extracted text; a quarter public, a few in a working group, 1 in 50 deleted.
  await db.execute(sql`insert into documents (owner_id, title, description, type, city_id, year, language, visibility, content_text, created_at, deleted_at)
    select ${author}, ${title('3 + g % 6')}, ${sentences('w.lang', '1 + g % 3')}, 'report',
           (select id from cities order by random() + g * 0 limit 1), 2012 + g % 14, w.lang,
           case when g % 4 = 0 then 'public' when g % 20 = 1 then 'group' else 'members' end,
           ${sentences('w.lang', '25 + (g * 37) % 250')}, now() - random() * interval '6 years', case when g % 50 = 0 then now() end
    from generate_series(1, ${size.documents}) g,
    lateral (select ${language('random() + g * 0')} as lang) l
    join bench_words w on w.lang = l.lang`);
  await db.execute(sql`insert into document_topics (document_id, category_id)
    select d.id, c.id from documents d join categories c on c.position = d.id % 14 or c.position = (d.id * 7) % 14
    on conflict do nothing`);
  progress(`${size.documents} documents`);
  await db.execute(sql`drop table bench_words`);
  await db.execute(sql`drop table bench_sentences`);
}
