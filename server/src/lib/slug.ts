const FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' };

/** "Bahnhofsviertel in Düsseldorf" → "bahnhofsviertel-in-duesseldorf" */
export function slugify(text: string, maxLength = 60): string {
  return text
    .replace(/[äöüßÄÖÜ]/g, (c) => FOLD[c]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}
