/** The network's time: times in mails and the archive, digests' hours, and the days of filters and pins, unless a member chose a zone. */
export const NETWORK_TIME_ZONE = 'Europe/Berlin';
