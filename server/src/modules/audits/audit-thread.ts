import type { Locale } from '@praxisnetz/shared';
import { TITLE_MAX } from '@praxisnetz/shared';

/** Square brackets and backslashes would change the Markdown of the link around an audit's title. */
const inLink = (text: string) => text.replace(/[\\[\]]/g, (c) => `\\${c}`);

const texts: Record<Locale, { title: string; body: string }> = {
  de: {
    title: 'Sicherheitsaudit {city}: {title}',
    body: 'Hier wird das Sicherheitsaudit [{title}](/audits/{id}) der Stadt {city} besprochen (Feldphase {from} bis {to}): Fragen zur Methode, zu den Ergebnissen und zu dem, was daraus folgt.',
  },
  en: {
    title: 'Safety audit {city}: {title}',
    body: 'This is where the safety audit [{title}](/audits/{id}) of {city} is discussed (fieldwork {from} to {to}): questions about the method, the results and what follows from them.',
  },
  fr: {
    title: 'Diagnostic de sécurité {city} : {title}',
    body: 'Ici se discute le diagnostic de sécurité [{title}](/audits/{id}) de {city} (terrain du {from} au {to}) : questions sur la méthode, les résultats et leurs suites.',
  },
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** The opening of an audit's discussion thread, in its author's language. */
export function auditThread(a: { id: number; title: string; city: string; from: string; to: string }, locale: Locale): { title: string; body: string } {
  const t = texts[locale];
  const title = fill(t.title, { city: a.city, title: a.title });
  return {
    title: title.length > TITLE_MAX ? `${title.slice(0, TITLE_MAX - 1)}…` : title,
    body: fill(t.body, { id: String(a.id), title: inLink(a.title), city: a.city, from: a.from, to: a.to }),
  };
}
