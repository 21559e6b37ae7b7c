// The time zones a seed's date may name, as news text writes them. An abbreviation means one
// fixed offset, whatever the season ("EST" is -05:00 even in July); the bare US names (ET, CT,
// MT, PT) follow daylight saving on the day, as their IANA zones say. A name that stands for
// several offsets is refused rather than guessed.

export type Zone =
  | { kind: 'offset'; minutes: number }
  | { kind: 'iana'; name: string; id: string }
  | { kind: 'ambiguous'; meanings: string }
  | { kind: 'unknown' };

const HOUR = 60;

/** Minutes east of UTC. CST is US Central (not China) and BST British Summer Time (not Bangladesh). */
const FIXED: Readonly<Record<string, number>> = {
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  WET: 0,
  BST: HOUR,
  WEST: HOUR,
  CET: HOUR,
  WAT: HOUR,
  CEST: 2 * HOUR,
  EET: 2 * HOUR,
  CAT: 2 * HOUR,
  SAST: 2 * HOUR,
  EEST: 3 * HOUR,
  MSK: 3 * HOUR,
  EAT: 3 * HOUR,
  PKT: 5 * HOUR,
  NPT: 5 * HOUR + 45,
  ICT: 7 * HOUR,
  WIB: 7 * HOUR,
  HKT: 8 * HOUR,
  SGT: 8 * HOUR,
  AWST: 8 * HOUR,
  JST: 9 * HOUR,
  KST: 9 * HOUR,
  ACST: 9 * HOUR + 30,
  AEST: 10 * HOUR,
  ACDT: 10 * HOUR + 30,
  AEDT: 11 * HOUR,
  NZST: 12 * HOUR,
  NZDT: 13 * HOUR,
  NDT: -2 * HOUR - 30,
  NST: -3 * HOUR - 30,
  ADT: -3 * HOUR,
  BRT: -3 * HOUR,
  ART: -3 * HOUR,
  EDT: -4 * HOUR,
  EST: -5 * HOUR,
  CDT: -5 * HOUR,
  CST: -6 * HOUR,
  MDT: -6 * HOUR,
  MST: -7 * HOUR,
  PDT: -7 * HOUR,
  PST: -8 * HOUR,
  AKDT: -8 * HOUR,
  AKST: -9 * HOUR,
  HST: -10 * HOUR,
};

const FOLLOWS_DAYLIGHT_SAVING: Readonly<Record<string, string>> = {
  ET: 'America/New_York',
  CT: 'America/Chicago',
  MT: 'America/Denver',
  PT: 'America/Los_Angeles',
};

const AMBIGUOUS: Readonly<Record<string, string>> = {
  IST: 'India +05:30, Ireland +01:00 or Israel +02:00',
  AST: 'Atlantic -04:00 or Arabia +03:00',
};

export function zoneNamed(abbreviation: string): Zone {
  const name = abbreviation.toUpperCase();
  const fixed = FIXED[name];
  if (fixed !== undefined) return { kind: 'offset', minutes: fixed };
  const id = FOLLOWS_DAYLIGHT_SAVING[name];
  if (id !== undefined) return { kind: 'iana', name, id };
  const meanings = AMBIGUOUS[name];
  return meanings === undefined ? { kind: 'unknown' } : { kind: 'ambiguous', meanings };
}

export type LocalTime =
  | { kind: 'one'; minutes: number }
  | { kind: 'skipped'; offsets: [number, number] }
  | { kind: 'repeated'; offsets: [number, number] };

/**
 * The offset of a wall-clock time (given as if it were UTC, in ms) in an IANA zone: one offset,
 * or the two around a change when the clocks skip that time or pass it twice.
 */
export function localOffset(id: string, wallAsUtc: number): LocalTime {
  const DAY = 86_400_000;
  // Zones change offset at most once in two days, so the offsets a day either side are the only candidates.
  const before = offsetAt(id, wallAsUtc - DAY);
  const after = offsetAt(id, wallAsUtc + DAY);
  const fits = [...new Set([before, after])].filter((o) => offsetAt(id, wallAsUtc - o * 60_000) === o);
  if (fits.length === 1) return { kind: 'one', minutes: fits[0]! };
  return { kind: fits.length === 0 ? 'skipped' : 'repeated', offsets: [before, after] };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC in an IANA zone at an instant. */
function offsetAt(id: string, instant: number): number {
  let format = formatters.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: 'longOffset' });
    formatters.set(id, format);
  }
  const name = format.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value;
  if (name === 'GMT') return 0;
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? '');
  if (!m) throw new Error(`Intl gave no offset for ${id}: ${name}`);
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * HOUR + Number(m[3]));
}
