// Dates as seeds write them → ISO. A date alone stays YYYY-MM-DD; a date-time becomes a UTC ISO
// string (a time without a zone is read as UTC, so builds do not depend on the machine's zone).

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i;
const MONTH_DAY_YEAR = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

/** The ISO form of a date the seed wrote, or null when it is not a real date. */
export function parseDateText(input: string): string | null {
  const text = input.trim().replace(/\s+/g, ' ');
  const iso = ISO_DATE.exec(text);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const dt = ISO_DATE_TIME.exec(text);
  if (dt) return isoDateTime(dt);

  const spoken = text.replace(WEEKDAY, '');
  const dmy = DAY_MONTH_YEAR.exec(spoken);
  if (dmy) return isoDay(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(spoken);
  if (mdy) return isoDay(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]));
  return null;
}

/** 1..12 for a full name, a three-letter abbreviation or "Sept"; 0 for anything else. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((m) => m === lower || m.slice(0, 3) === lower);
  if (index >= 0) return index + 1;
  return lower === 'sept' ? 9 : 0;
}

function isoDay(year: number, month: number, day: number): string | null {
  if (!isRealDay(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function isoDateTime(m: RegExpExecArray): string | null {
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const second = Number(m[6] ?? 0);
  const millis = Math.floor(Number(`0${m[7] ?? ''}`) * 1000);
  if (!isRealDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const zone = (m[8] ?? 'Z').toUpperCase();
  const offsetMinutes = zone === 'Z' ? 0 : zoneMinutes(zone);
  if (offsetMinutes === null) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  return new Date(utc).toISOString();
}

function zoneMinutes(zone: string): number | null {
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 14 || minutes > 59) return null;
  return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
