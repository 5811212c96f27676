/** The network's time: times in mails and the archive, digests' hours, and the days of filters and pins, unless a member chose a zone. */
export const NETWORK_TIME_ZONE = 'Europe/Berlin';

/** When a day (`2027-03-31`) ends in network time: the pin or suspension "until" that day ends then. */
export function endOfNetworkDay(day: string): Date {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: NETWORK_TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(next)
    .find((p) => p.type === 'timeZoneName')!
    .value.replace('GMT', '');
  return new Date(`${next.toISOString().slice(0, 10)}T00:00:00${offset || '+00:00'}`);
}

/** Today's date (`2027-03-31`) in network time. */
export const networkToday = (now = new Date()): string => new Intl.DateTimeFormat('en-CA', { timeZone: NETWORK_TIME_ZONE }).format(now);
