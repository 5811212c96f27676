/**
 * The session form's `datetime-local` fields carry a wall-clock time without a zone. The network meets
 * in German time, so the form reads them as Europe/Berlin and hands the API an instant with its offset.
 */
const TIME_ZONE = 'Europe/Berlin';
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const MINUTE = 60_000;

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Berlin's wall clock at an instant, as its fields. */
function berlinFields(utcMs: number) {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** Minutes Berlin is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(utcMs: number): number {
  const f = berlinFields(utcMs);
  const wall = Date.UTC(Number(f.year), Number(f.month) - 1, Number(f.day), Number(f.hour), Number(f.minute), Number(f.second));
  return Math.round((wall - Math.floor(utcMs / 1000) * 1000) / MINUTE);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as Berlin's wall clock with its offset, e.g. `2026-11-24T18:00:00+01:00`. */
export function berlinIso(utcMs: number): string {
  const f = berlinFields(utcMs);
  const offset = offsetMinutes(utcMs);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${f.year}-${f.month}-${f.day}T${f.hour}:${f.minute}:${f.second}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * `2026-11-24T18:00` read as Berlin time → `2026-11-24T18:00:00+01:00`; null when it is no date and time.
 * A time that the spring change skips (02:30 on the last Sunday of March) moves on by the hour the clocks do.
 */
export function fromBerlinLocal(local: string): string | null {
  const match = LOCAL.exec(local.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second = 0] = match.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!, second);
  const check = new Date(wall);
  // Date.UTC rolls 31 February over into March: such a date was never valid.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day || hour! > 23 || minute! > 59) {
    return null;
  }
  const guess = wall - offsetMinutes(wall) * MINUTE;
  const utc = wall - offsetMinutes(guess) * MINUTE;
  return berlinIso(utc);
}
