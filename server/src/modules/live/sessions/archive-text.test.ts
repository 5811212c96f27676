import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../lib/markdown.ts';
import { archiveThread, escapeMarkdown, questionThread } from './archive-text.ts';
import type { QuestionRow } from '../questions/questions.repo.ts';
import { plainText } from '../live.text.ts';

const session = { title: 'Sicherheit im *Bahnhofsviertel*', groupName: 'Sicherheitsaudits', startsAt: new Date('2030-03-01T09:00:00Z') };
let nextId = 1;
const question = (body: string, more: Partial<QuestionRow> = {}): QuestionRow => ({
  id: nextId++,
  sessionId: 1,
  authorId: 1,
  body,
  anonymous: false,
  status: 'open',
  publishedAt: new Date(),
  voteCount: 0,
  answer: null,
  answeredAt: null,
  dismissReason: null,
  mergedIntoId: null,
  forumThreadId: null,
  language: 'de',
  seq: 1,
  createdAt: new Date(),
  ...more,
});

describe('plain text of questions, answers and chat', () => {
  it('drops control and direction-changing characters and keeps the rest as written', () => {
    expect(plainText(' a\u0000b\u202Ec\u2066d\r\n\r\n\r\n\r\ne <i>f</i> ')).toBe('abcd\n\ne <i>f</i>');
  });
});

describe('Markdown written from plain text', () => {
  it('shows what people wrote literally: no emphasis, links, HTML, headings or lists', () => {
    const text = '# Titel\n- Punkt\n1. Erstens\n**fett** [link](javascript:x) <img src=x onerror=alert(1)> &amp;';
    const html = renderMarkdown(escapeMarkdown(text));
    expect(html).not.toMatch(/<(h1|ul|ol|li|strong|a|img)\b/);
    expect(html).toContain('# Titel');
    expect(html).toContain('**fett**');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&amp;amp;');
  });
});

describe('the archive thread', () => {
  it('lists the answered questions with their answers first, then the open ones, in the reader’s language', () => {
    const answered = [question('Wer _zahlt_?', { status: 'answered', answer: 'Die Stadt.', voteCount: 3 }), question('Wann?', { status: 'answered' })];
    const open = [question('Und danach?', { voteCount: 1 })];
    const { title, body } = archiveThread(session, answered, open, 'en');
    expect(title).toBe('Questions and answers: Sicherheit im *Bahnhofsviertel*');
    const html = renderMarkdown(body);
    const positions = ['Answered questions', 'Wer _zahlt_?', 'Die Stadt.', 'Wann?', 'Answered in the session.', 'Open questions', 'Und danach?'].map((t) =>
      html.indexOf(t),
    );
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(html).toContain('3 votes');
    expect(html).not.toContain('<em>Bahnhofsviertel</em>');
  });

  it('says so when nothing was asked, and stays within one post when a session had very many questions', () => {
    expect(archiveThread(session, [], [], 'de').body).toContain('keine Fragen');
    const many = Array.from({ length: 200 }, (_, i) => question(`${'Frage '.repeat(30)}${i}`));
    const { body } = archiveThread(session, [], many, 'fr');
    expect(body.length).toBeLessThanOrEqual(20_000);
    expect(body).toMatch(/et \d+ autres questions/);
  });

  it('makes an open forum question titled by the question and naming its session', () => {
    const { title, body } = questionThread(session, question('Ok?'), 'de');
    expect(title).toBe('Frage aus einer Live-Sitzung: Ok?');
    expect(body).toContain('Sicherheit im \\*Bahnhofsviertel\\*');
    expect(questionThread(session, question(`${'lang '.repeat(60)}\nzweite Zeile`), 'de').title.length).toBeLessThanOrEqual(160);
  });
});
