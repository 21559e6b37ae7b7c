// Dates as news text writes them → one stored form, never a guess:
// - a date alone stays a calendar date, `2025-12-10`;
// - a date-time keeps the wall-clock time and offset the source gave, `2025-12-10T14:30:00-05:00`
//   (`Z` for a zero offset), so the date a reader sees is the one the source printed; lists order
//   by the instant (build/corpus.ts). A time with no zone is read as UTC, so builds do not depend
//   on the machine's zone.
// A numeric date with two readings, or a weekday that contradicts its date, is refused.
import { localOffset, zoneNamed } from './timeZones';
import { MONTHS, WEEKDAYS } from '../common/calendarNames';

export type DateReading = { ok: true; iso: string } | { ok: false; problem: string };

// Each date form ends where the text does or where a time may follow.
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T ])/i;
const YEAR_FIRST = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?=$| )/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?=$|[ ,])/;
const SHORT_YEAR = /^\d{1,2}([/.-])\d{1,2}\1\d{2}(?=$|[ ,])/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?,? (\d{4})(?=$|[ ,])/i;
const MONTH_DAY_YEAR = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?=$|[ ,])/i;
const WEEKDAY = /^([a-z]+)\.?,? /i;
// "T14:30", " 14:30", ", 14:30", " at 2:30pm", " - 14:30", " | 14:30"
const BEFORE_TIME = /^(?:T|,? (?:at |[-–—|] )?)/i;
const TIME = /^(\d{1,2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(?: ?([ap])\.?m\.?(?![a-z]))?(?!\d)/i;
const OFFSET = /^(?:(?:UTC|GMT|UT) ?)?([+\-−])(\d{1,2})(?::?(\d{2}))?$/i;
const ABBREVIATION = /^[a-z]{1,5}$/i;

interface Day {
  year: number;
  month: number;
  day: number;
}

/** The stored form of a date the seed wrote, or the problem with it, worded for the seed's author. */
export function readDate(input: string): DateReading {
  const text = input.trim().replace(/\s+/g, ' ');
  const notReal: DateReading = { ok: false, problem: `date "${text}" is not a real date` };

  const weekday = WEEKDAY.exec(text);
  const named = weekday ? weekdayNumber(weekday[1]!) : -1;
  const rest = named >= 0 ? text.slice(weekday![0].length) : text;

  const found = readDay(text, rest);
  if (found === null) return notReal;
  if ('ok' in found) return found;
  const { day, length } = found;
  if (named >= 0) {
    const actual = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
    if (actual !== named) {
      return {
        ok: false,
        problem: `date "${text}" says ${title(WEEKDAYS[named]!)}, but ${spoken(day)} is a ${title(WEEKDAYS[actual]!)}`,
      };
    }
  }
  const afterDay = rest.slice(length);
  if (afterDay === '') return { ok: true, iso: isoDay(day) };
  const timeText = afterDay.replace(BEFORE_TIME, '');
  return readTime(text, day, timeText) ?? notReal;
}

/** The calendar date at the start of `rest`, and how much of it that took; null when there is none. */
function readDay(text: string, rest: string): { day: Day; length: number } | DateReading | null {
  const iso = ISO_DAY.exec(rest) ?? YEAR_FIRST.exec(rest);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[0].length);
  const dmy = DAY_MONTH_YEAR.exec(rest);
  if (dmy) return dayOf(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]), dmy[0].length);
  const mdy = MONTH_DAY_YEAR.exec(rest);
  if (mdy) return dayOf(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]), mdy[0].length);
  if (SHORT_YEAR.test(rest))
    return { ok: false, problem: `date "${text}" has a two-digit year; write the year in full` };
  const numeric = NUMERIC.exec(rest);
  if (numeric) return numericDay(text, numeric);
  return null;
}

function dayOf(year: number, month: number, day: number, length: number): { day: Day; length: number } | null {
  return isRealDay(year, month, day) ? { day: { year, month, day }, length } : null;
}

/**
 * `25/12/2025` and `12/25/2025` have one reading and are taken; `12/10/2025` is 12 October or
 * 10 December, and which one is the author's to say.
 */
function numericDay(text: string, m: RegExpExecArray): { day: Day; length: number } | DateReading | null {
  const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const dayFirst = dayOf(year, second, first, m[0].length);
  const monthFirst = dayOf(year, first, second, m[0].length);
  if (dayFirst && monthFirst && first !== second) {
    const [a, b] = [dayFirst.day, monthFirst.day];
    return {
      ok: false,
      problem: `date "${text}" could be ${spoken(a)} or ${spoken(b)}; write ${isoDay(a)} or ${isoDay(b)} instead`,
    };
  }
  return dayFirst ?? monthFirst;
}

/** The date-time for `day` at the time (and zone) in `timeText`; null when it is not a time. */
function readTime(text: string, day: Day, timeText: string): DateReading | null {
  const t = TIME.exec(timeText);
  if (!t) return null;
  const meridiem = t[5]?.toLowerCase();
  if (t[2] === undefined && meridiem === undefined) return null; // "14" alone is not a time
  let hour = Number(t[1]);
  const [minute, second] = [Number(t[2] ?? 0), Number(t[3] ?? 0)];
  const millis = Number((t[4] ?? '').padEnd(3, '0').slice(0, 3));
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;

  const wallAsUtc = Date.UTC(day.year, day.month - 1, day.day, hour, minute, second, millis);
  const offset = zoneOffset(text, timeText.slice(t[0].length).trim(), wallAsUtc);
  if (typeof offset !== 'number') return offset;
  const clock = `${pad(hour)}:${pad(minute)}:${pad(second)}${millis > 0 ? `.${String(millis).padStart(3, '0')}` : ''}`;
  return { ok: true, iso: `${isoDay(day)}T${clock}${offsetText(offset)}` };
}

/** Minutes east of UTC that the zone text means at that wall-clock time, or why it means none. */
function zoneOffset(text: string, zone: string, wallAsUtc: number): number | DateReading | null {
  if (zone === '') return 0;
  const numeric = OFFSET.exec(zone);
  if (numeric) {
    const [hours, minutes] = [Number(numeric[2]), Number(numeric[3] ?? 0)];
    if (hours > 14 || minutes > 59) return null;
    return (numeric[1] === '+' ? 1 : -1) * (hours * 60 + minutes);
  }
  if (!ABBREVIATION.test(zone)) return null;
  const named = zoneNamed(zone);
  const fix = 'write its UTC offset instead, such as +05:30 or -05:00';
  if (named.kind === 'offset') return named.minutes;
  if (named.kind === 'unknown')
    return { ok: false, problem: `date "${text}" has an unknown time zone "${zone}"; ${fix}` };
  if (named.kind === 'ambiguous') {
    return { ok: false, problem: `date "${text}": ${zone} could be ${named.meanings}; ${fix}` };
  }
  const local = localOffset(named.id, wallAsUtc);
  if (local.kind === 'one') return local.minutes;
  const [before, after] = local.offsets.map(offsetText) as [string, string];
  const why =
    local.kind === 'skipped'
      ? `never happens in ${named.name}: the clocks jump from ${before} to ${after}`
      : `happens twice in ${named.name}, at ${before} and again at ${after}`;
  return { ok: false, problem: `date "${text}" ${why}; write its UTC offset instead, such as ${before}` };
}

/** 1..12 for a full name, a three-letter abbreviation or "Sept"; 0 for anything else. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((m) => m === lower || m.slice(0, 3) === lower);
  if (index >= 0) return index + 1;
  return lower === 'sept' ? 9 : 0;
}

/** 0 (Sunday)..6 for a full name, a three-letter abbreviation, "Tues" or "Thur(s)"; -1 otherwise. */
function weekdayNumber(name: string): number {
  const lower = name.toLowerCase();
  const index = WEEKDAYS.findIndex((d) => d === lower || d.slice(0, 3) === lower);
  if (index >= 0) return index;
  if (lower === 'tues') return 2;
  return lower === 'thur' || lower === 'thurs' ? 4 : -1;
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

function isoDay({ year, month, day }: Day): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "10 December 2025", as the problems say it. */
function spoken({ year, month, day }: Day): string {
  return `${day} ${title(MONTHS[month - 1]!)} ${year}`;
}

/** `Z` for zero, else `+05:30` / `-03:00`. */
function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const size = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

function title(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
