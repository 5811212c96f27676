import { BODY_MAX, type Locale, TITLE_MAX, TITLE_MIN } from '@praxisnetz/shared';
import { NETWORK_TIME_ZONE } from '../../../lib/network-time.ts';
import type { QuestionRow } from '../questions/questions.repo.ts';

/** The words of the threads the server writes, in the language of the person who has it written. */
const TEXTS = {
  de: {
    archiveTitle: (title: string) => `Fragen und Antworten: ${title}`,
    from: (title: string, group: string, when: string) => `Aus der Live-Sitzung „${title}“ der Arbeitsgruppe ${group} am ${when}.`,
    answered: 'Beantwortete Fragen',
    unanswered: 'Offene Fragen',
    none: 'In dieser Sitzung wurden keine Fragen gestellt.',
    votes: (n: number) => (n === 1 ? '1 Stimme' : `${n} Stimmen`),
    question: (n: number) => `Frage ${n}`,
    noText: 'Mündlich beantwortet.',
    more: (n: number) => `… und ${n} weitere Fragen, die hier nicht mehr Platz fanden.`,
    askedIn: (title: string, when: string) => `Gestellt in der Live-Sitzung „${title}“ am ${when}.`,
    questionTitle: 'Frage aus einer Live-Sitzung',
  },
  en: {
    archiveTitle: (title: string) => `Questions and answers: ${title}`,
    from: (title: string, group: string, when: string) => `From the live session “${title}” of the working group ${group} on ${when}.`,
    answered: 'Answered questions',
    unanswered: 'Open questions',
    none: 'No questions were asked in this session.',
    votes: (n: number) => (n === 1 ? '1 vote' : `${n} votes`),
    question: (n: number) => `Question ${n}`,
    noText: 'Answered in the session.',
    more: (n: number) => `… and ${n} more questions that did not fit here.`,
    askedIn: (title: string, when: string) => `Asked in the live session “${title}” on ${when}.`,
    questionTitle: 'Question from a live session',
  },
  fr: {
    archiveTitle: (title: string) => `Questions et réponses : ${title}`,
    from: (title: string, group: string, when: string) => `De la session en direct « ${title} » du groupe de travail ${group}, le ${when}.`,
    answered: 'Questions traitées',
    unanswered: 'Questions ouvertes',
    none: 'Aucune question n’a été posée pendant cette session.',
    votes: (n: number) => (n === 1 ? '1 voix' : `${n} voix`),
    question: (n: number) => `Question ${n}`,
    noText: 'Réponse donnée oralement.',
    more: (n: number) => `… et ${n} autres questions qui ne tenaient plus ici.`,
    askedIn: (title: string, when: string) => `Posée lors de la session en direct « ${title} », le ${when}.`,
    questionTitle: 'Question d’une session en direct',
  },
} satisfies Record<Locale, unknown>;

const when = (date: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: NETWORK_TIME_ZONE }).format(date);

/**
 * Questions and answers are plain text; the thread is Markdown. Escaping keeps what people
 * wrote literal: no emphasis, links, headings, lists or HTML appear that they did not mean.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>~|]/g, '\\$&')
        .replace(/&(?=#?\w+;)/g, '\\&')
        .replace(/^(\s*)([#>+=-]|\d+[.)])/, '$1\\$2'),
    )
    .join('\n');
}

const quote = (text: string) => escapeMarkdown(text).split('\n').map((l) => `> ${l}`).join('\n');
const paragraphs = (text: string) => escapeMarkdown(text).replace(/\n/g, '  \n');

function cut(text: string, max: number) {
  const line = text.split('\n')[0]!.trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

interface SessionFacts {
  title: string;
  groupName: string;
  startsAt: Date;
}

/** The archive thread: each answered question with its answer, then the open ones. */
export function archiveThread(session: SessionFacts, answered: QuestionRow[], open: QuestionRow[], locale: Locale) {
  const t = TEXTS[locale];
  const head = `_${escapeMarkdown(t.from(session.title, session.groupName, when(session.startsAt, locale)))}_`;
  const blocks: string[] = [];
  let n = 0;
  const entry = (q: QuestionRow) => {
    n += 1;
    const lines = [`### ${t.question(n)} · ${t.votes(q.voteCount)}`, '', quote(q.body)];
    if (q.status === 'answered') lines.push('', q.answer ? paragraphs(q.answer) : `_${t.noText}_`);
    return lines.join('\n');
  };
  if (answered.length) blocks.push(`## ${t.answered}`, ...answered.map(entry));
  if (open.length) blocks.push(`## ${t.unanswered}`, ...open.map(entry));
  if (!blocks.length) blocks.push(t.none);

  // A long session can outgrow one post: keep what fits, and say how much is left out.
  const total = answered.length + open.length;
  let body = head;
  let shown = 0;
  for (const block of blocks) {
    const reserve = t.more(total).length + 10;
    if (body.length + block.length + 2 > BODY_MAX - reserve) {
      body += `\n\n${t.more(total - shown)}`;
      break;
    }
    body += `\n\n${block}`;
    if (block.startsWith('### ')) shown += 1;
  }
  return { title: cut(t.archiveTitle(session.title), TITLE_MAX), body };
}

/** An open forum question made from a live question: its text, and where it was asked. */
export function questionThread(session: SessionFacts, question: QuestionRow, locale: Locale) {
  const t = TEXTS[locale];
  const first = cut(question.body, TITLE_MAX);
  const title = first.length >= TITLE_MIN ? first : cut(`${t.questionTitle}: ${first}`, TITLE_MAX);
  const body = `${paragraphs(question.body)}\n\n_${escapeMarkdown(t.askedIn(session.title, when(session.startsAt, locale)))}_`;
  return { title, body };
}
