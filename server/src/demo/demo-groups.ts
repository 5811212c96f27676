import { insertGroup, insertMember, upsertGroupCategory } from '../modules/groups/groups.repo.ts';
import type { Db } from '../db/client.ts';
import type { DemoThread } from './content/index.ts';
import { insertDemoThread } from './demo-threads.ts';

export interface SeededForum {
  userIds: Map<string, number>;
  openingPostByTitle: Map<string, number>;
}

const DAY = 24 * 60 * 60 * 1000;

interface DemoGroup {
  key: string;
  slug: string;
  name: string;
  description: string;
  leads: string[];
  members: string[];
  /** invited by the first lead, not yet accepted */
  invited: string[];
  /** asked to join, not yet let in */
  requested: string[];
  /** in the group's own category */
  threads: Omit<DemoThread, 'categorySlug'>[];
}

/** The demo working groups: keys are used by the live seed and by tests. Persons are fictional. */
export const demoGroups: DemoGroup[] = [
  {
    key: 'audits',
    slug: 'sicherheitsaudits',
    name: 'Sicherheitsaudits',
    description:
      'Austausch der Städte, die Sicherheitsaudits und Quartiersbegehungen durchführen: Methoden, Prüflisten, Befragungen und wie aus den Ergebnissen Maßnahmen werden.',
    leads: ['sabine'],
    members: ['member', 'tobias', 'claire', 'henrik'],
    invited: [],
    requested: [],
    threads: [
      {
        authorKey: 'sabine',
        daysAgo: 12,
        title: 'Gemeinsame Prüfliste für Nachtbegehungen – Entwurf zur Abstimmung',
        body: 'Liebe Kolleginnen und Kollegen,\n\nwie beim letzten Treffen verabredet, habe ich unsere drei Prüflisten zu einer zusammengeführt (Beleuchtung, Einsehbarkeit, Fluchtwege, Beschilderung, Zustand/Vermüllung, Belebung). Bevor wir sie im Netzwerk veröffentlichen: Fehlt euch ein Punkt? Besonders interessiert mich, ob ihr die Bewertung mit einer Dreier- oder Fünferskala macht.',
        replies: [
          {
            authorKey: 'henrik',
            hoursAfter: 5,
            body: 'Danke, Sabine! Wir arbeiten mit einer Dreierskala (in Ordnung / verbesserungswürdig / dringend). Die Fünferskala hat bei uns zu endlosen Diskussionen zwischen Stufe 2 und 3 geführt. Ergänzen würde ich „Erreichbarkeit von Hilfe“ – Notrufsäulen, geöffnete Geschäfte, Taxistand.',
          },
          {
            authorKey: 'claire',
            hoursAfter: 20,
            body: 'Bonne idée. Pour nos marches exploratoires à Strasbourg, nous ajoutons toujours une rubrique « ressenti des participantes » en texte libre, à côté de la grille. Sinon on perd ce qui ne rentre dans aucune case.',
          },
          {
            authorKey: 'member',
            hoursAfter: 30,
            body: 'Aus Sicht des Ordnungsdienstes: bitte einen Punkt „Zuständigkeit geklärt?“ aufnehmen. Bei jeder zweiten Begehung stellen wir fest, dass niemand weiß, ob Tiefbauamt, Grünflächenamt oder ein privater Eigentümer für die defekte Leuchte zuständig ist.',
          },
        ],
      },
      {
        authorKey: 'henrik',
        daysAgo: 5,
        title: 'Einwilligungen bei Passantenbefragungen – wie dokumentiert ihr das?',
        body: 'Unser Datenschutzbeauftragter möchte, dass wir bei den Kurzbefragungen während der Begehungen eine schriftliche Einwilligung einholen, obwohl wir keine Namen erfassen. Das schreckt viele ab. Wie löst ihr das? Reicht bei anonymen Befragungen ein Informationsblatt?',
        replies: [
          {
            authorKey: 'sabine',
            hoursAfter: 3,
            body: 'Wir geben ein Informationsblatt mit (Zweck, Anonymität, Ansprechperson) und notieren Uhrzeit und Ort der Befragung, aber nichts zur Person. Das hat unser Datenschutz akzeptiert, weil keine personenbezogenen Daten entstehen. Wichtig war, dass wir offene Antworten nicht wörtlich mit Ortsangaben veröffentlichen, die jemanden erkennbar machen.',
          },
          {
            authorKey: 'tobias',
            hoursAfter: 9,
            body: 'Bei Jugendlichen unter 16 befragen wir gar nicht ohne Begleitung der Streetwork – die kennen uns und wissen, dass nichts weitergegeben wird. Sonst bekommt man ohnehin keine ehrlichen Antworten.',
          },
        ],
      },
    ],
  },
  {
    key: 'planning',
    slug: 'staedtebauliche-kriminalpraevention',
    name: 'Städtebauliche Kriminalprävention',
    description:
      'Arbeitsgruppe für Planung, Bauordnung und Prävention: Stellungnahmen zu Bebauungsplänen, Beleuchtung, Gestaltung von Plätzen und Unterführungen.',
    leads: ['tobias'],
    members: ['lena', 'frank', 'member'],
    invited: [],
    requested: [],
    threads: [
      {
        authorKey: 'lena',
        daysAgo: 9,
        title: 'Stellungnahme zum Bebauungsplan Bahnhofsnordseite – Textbausteine',
        body: 'Ich muss bis Ende des Monats eine Stellungnahme der Kriminalprävention zum Bebauungsplan an der Bahnhofsnordseite abgeben. Hat jemand bewährte Textbausteine für Festsetzungen – etwa zu Sichtbeziehungen aus Erdgeschossnutzungen, zur Beleuchtung von Wegeverbindungen oder zum Verzicht auf tiefe Nischen in Fassaden?',
        replies: [
          {
            authorKey: 'frank',
            hoursAfter: 6,
            body: 'Aus polizeilicher Sicht hat sich bewährt, nicht nur „ausreichende Beleuchtung“ zu fordern, sondern auf die Beleuchtungsplanung im Freiflächengestaltungsplan zu verweisen und eine Abstimmung mit der Polizei vor der Ausführungsplanung festzuschreiben. Sonst steht das im Plan und niemand prüft es.',
          },
          {
            authorKey: 'tobias',
            hoursAfter: 26,
            body: 'Bitte auch an die denken, die sich dort aufhalten werden: Wenn es keinen einzigen Ort zum Sitzen ohne Konsumzwang gibt, landen die Jugendlichen in genau den Nischen, die ihr vermeiden wollt. Ein überdachter, gut einsehbarer Treffpunkt hat bei uns mehr gebracht als jede Kamera.',
          },
        ],
      },
      {
        authorKey: 'frank',
        daysAgo: 3,
        title: 'Bewegungsgesteuerte Leuchten in Parkanlagen – eure Erfahrungen?',
        body: 'Das Grünflächenamt will aus Kostengründen in zwei Parks auf bewegungsgesteuerte LED-Leuchten umstellen: nachts gedimmt, bei Bewegung hell. Die Naturschutzseite ist begeistert, ich habe Bedenken wegen des Sicherheitsgefühls. Hat jemand das schon ausprobiert und Rückmeldungen gesammelt?',
        replies: [
          {
            authorKey: 'lena',
            hoursAfter: 4,
            body: 'Wir haben das auf einem Verbindungsweg getestet. Die Rückmeldungen waren gemischt: Wer den Weg kennt, fand es gut; wer ihn selten nutzt, empfand das Aufleuchten als „man wird angekündigt“. Entscheidend war, dass der Weg nie ganz dunkel wird (Grundhelligkeit ca. 20 %) und man das Ende des Weges sieht.',
          },
          {
            authorKey: 'member',
            hoursAfter: 14,
            body: 'Achtet auf die Reaktionszeit der Sensoren. Bei uns haben die Leuchten erst nach zwei, drei Metern hochgeregelt – für Radfahrende viel zu spät. Nach einer Nachjustierung gab es keine Beschwerden mehr.',
          },
          {
            authorKey: 'tobias',
            hoursAfter: 40,
            body: 'Ich würde vorher eine kurze Befragung im Park machen, am besten abends. Dann habt ihr eine Vergleichsbasis und könnt nach einem halben Jahr nachweisen, ob sich etwas verändert hat.',
          },
        ],
      },
    ],
  },
  {
    key: 'violence',
    slug: 'gewalt-gegen-frauen',
    name: 'Gewalt gegen Frauen',
    description:
      'Geschützter Raum für Fachkräfte, die Gewaltschutz, Hochrisikomanagement und die Umsetzung der Istanbul-Konvention in ihrer Kommune koordinieren.',
    leads: ['lena'],
    members: ['nadine'],
    invited: ['member'],
    requested: ['ole'],
    threads: [
      {
        authorKey: 'nadine',
        daysAgo: 14,
        title: 'Fallkonferenzen im Hochrisikomanagement – Ablauf und Schweigepflicht',
        body: 'Wir bauen gerade interinstitutionelle Fallkonferenzen für Hochrisikofälle häuslicher Gewalt auf (Polizei, Jugendamt, Frauenberatung, Täterarbeit). Knackpunkt ist die Schweigepflicht der Beratungsstellen. Wie habt ihr geregelt, wann Informationen ohne Einwilligung der Betroffenen geteilt werden dürfen?',
        replies: [
          {
            authorKey: 'lena',
            hoursAfter: 8,
            body: 'Bei uns gilt: Grundsätzlich nur mit Einwilligung. Ohne Einwilligung nur bei einer konkreten Gefahr für Leib und Leben, und dann entscheidet die Beratungsstelle selbst, nicht die Konferenz. Das steht so in der Kooperationsvereinbarung, und es hat das Vertrauen der Beratungsstellen erst möglich gemacht.',
          },
          {
            authorKey: 'nadine',
            hoursAfter: 30,
            body: 'Danke, das hilft. Wir nehmen außerdem auf, dass die Betroffene vorher erfährt, dass ihr Fall besprochen wird, und hinterher, was vereinbart wurde. Das hatte in unserem Entwurf gefehlt.',
          },
        ],
      },
      {
        authorKey: 'lena',
        daysAgo: 4,
        title: 'Nachbesprechung Stadtfest: Awareness-Team und Polizei',
        body: 'Beim Stadtfest hatten wir zum ersten Mal ein Awareness-Team. In der Nachbesprechung kam heraus, dass die Übergabe an die Polizei zweimal gehakt hat – einmal wollte die Betroffene keine Anzeige, die Streife hat trotzdem die Personalien aufgenommen. Wie regelt ihr die Schnittstelle vorab?',
        replies: [
          {
            authorKey: 'nadine',
            hoursAfter: 5,
            body: 'Wir machen vor jedem Fest ein Briefing mit der Einsatzleitung der Polizei und haben eine gemeinsame Regel: Polizei nur mit Zustimmung der Betroffenen, außer bei Gefahr für Leib und Leben. Die Schulungsfolien dazu liegen in unserer Ablage hier in der Gruppe.',
          },
          {
            authorKey: 'lena',
            hoursAfter: 22,
            body: 'Gute Idee mit dem Briefing, das übernehmen wir. Ich frage bei der Polizei an, ob eine feste Ansprechperson für das Awareness-Team möglich ist.',
          },
        ],
      },
    ],
  },
];

/** The demo working groups with their members and private threads; returns each group's id by key. */
export async function seedDemoGroups(db: Db, seeded: SeededForum, now: Date): Promise<Map<string, number>> {
  const user = (key: string) => seeded.userIds.get(key)!;
  const adminId = user('admin');
  return db.transaction(async (tx) => {
    const groupIds = new Map<string, number>();
    for (const g of demoGroups) {
      const createdAt = new Date(now.getTime() - 60 * DAY);
      const group = await insertGroup(tx, { slug: g.slug, name: g.name, description: g.description, createdBy: adminId, createdAt });
      const categoryId = await upsertGroupCategory(tx, group.id, { slug: `ag-${g.slug}`, name: g.name, description: g.description });
      const lead = user(g.leads[0]!);
      const memberships = [
        ...g.leads.map((key) => ({ key, role: 'lead' as const, status: 'active' as const })),
        ...g.members.map((key) => ({ key, role: 'member' as const, status: 'active' as const })),
        ...g.invited.map((key) => ({ key, role: 'member' as const, status: 'invited' as const })),
        ...g.requested.map((key) => ({ key, role: 'member' as const, status: 'requested' as const })),
      ];
      for (const m of memberships) {
        await insertMember(tx, {
          groupId: group.id,
          userId: user(m.key),
          role: m.role,
          status: m.status,
          invitedBy: m.status === 'requested' ? null : m.role === 'lead' ? adminId : lead,
          createdAt: new Date(now.getTime() - (m.status === 'active' ? 50 : 2) * DAY),
          joinedAt: m.status === 'active' ? new Date(now.getTime() - 50 * DAY) : null,
        });
      }
      for (const t of g.threads) await insertDemoThread(tx, t, categoryId, seeded.userIds, now);
      groupIds.set(g.key, group.id);
    }
    return groupIds;
  });
}
