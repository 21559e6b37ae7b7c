// Dates as news text writes them: each accepted form and its exact stored form, time zones and
// daylight saving, and the located error for every date that cannot be read without guessing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/model/article';
import { sortForList } from '../../src/pipeline/build/corpus';
import { identify } from '../../src/pipeline/build/identify';
import { readDate } from '../../src/pipeline/parse/date';
import { parseSeed } from '../../src/pipeline/parse/parseSeed';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function iso(text: string): string {
  const reading = readDate(text);
  if (!reading.ok) throw new Error(reading.problem);
  return reading.iso;
}

function problem(text: string): string {
  const reading = readDate(text);
  if (reading.ok) throw new Error(`read "${text}" as ${reading.iso}`);
  return reading.problem;
}

describe('readDate: the forms news text carries', () => {
  it.each([
    // calendar dates
    ['2025-12-10', '2025-12-10'],
    ['2025/12/10', '2025-12-10'],
    ['2025/1/5', '2025-01-05'],
    ['10 December 2025', '2025-12-10'],
    ['10th Dec. 2025', '2025-12-10'],
    ['December 10, 2025', '2025-12-10'],
    ['Dec. 10, 2025', '2025-12-10'],
    ['3 Sept 2024', '2024-09-03'],
    ['Wednesday, 10 December 2025', '2025-12-10'],
    ['Wed 10 Dec 2025', '2025-12-10'],
    ['Thurs., Dec. 11, 2025', '2025-12-11'],
    // date-times: the wall-clock time as written, with its offset
    ['10 December 2025 14:30 GMT', '2025-12-10T14:30:00Z'],
    ['10 December 2025, 14:30 BST', '2025-12-10T14:30:00+01:00'],
    ['December 10, 2025 2:30 PM ET', '2025-12-10T14:30:00-05:00'],
    ['Dec. 10, 2025, 2:30 p.m. ET', '2025-12-10T14:30:00-05:00'],
    ['December 10, 2025 at 2:30pm PT', '2025-12-10T14:30:00-08:00'],
    ['10 December 2025 2pm CET', '2025-12-10T14:00:00+01:00'],
    ['10 December 2025 12:05 am EST', '2025-12-10T00:05:00-05:00'],
    ['10 December 2025 12:05 PM', '2025-12-10T12:05:00Z'],
    ['Wed, 10 Dec 2025 14:30:00 +0000', '2025-12-10T14:30:00Z'],
    ['Wed, 10 Dec 2025 09:30:00 -0500', '2025-12-10T09:30:00-05:00'],
    ['2025-12-10T14:30:00+05:30', '2025-12-10T14:30:00+05:30'],
    ['2025-12-10T14:30-03:00', '2025-12-10T14:30:00-03:00'],
    ['2025-12-10T14:30:00.250Z', '2025-12-10T14:30:00.250Z'],
    ['2025-12-10T14:30:00.000Z', '2025-12-10T14:30:00Z'],
    ['2025-12-10 14:30', '2025-12-10T14:30:00Z'],
    ['2025-12-10 14:30 UTC', '2025-12-10T14:30:00Z'],
    ['2025-12-10 14:30 GMT+1', '2025-12-10T14:30:00+01:00'],
    ['2025-12-10 14:30 UTC−3', '2025-12-10T14:30:00-03:00'],
    ['2025-12-10 14:30 UTC-3', '2025-12-10T14:30:00-03:00'],
    ['2025-12-10 14:30 -03:00', '2025-12-10T14:30:00-03:00'],
    ['2025-12-10 14:30+0545', '2025-12-10T14:30:00+05:45'],
    ['2025/12/10 14:30 JST', '2025-12-10T14:30:00+09:00'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('takes a numeric date that has only one reading', () => {
    expect(iso('25/12/2025')).toBe('2025-12-25');
    expect(iso('12/25/2025')).toBe('2025-12-25');
    expect(iso('25.12.2025')).toBe('2025-12-25');
    expect(iso('05/05/2025')).toBe('2025-05-05');
  });
});

describe('readDate: time zones', () => {
  it('follows daylight saving for the bare US zones, by the date', () => {
    expect(iso('January 15, 2025 9:00 AM ET')).toBe('2025-01-15T09:00:00-05:00');
    expect(iso('July 15, 2025 9:00 AM ET')).toBe('2025-07-15T09:00:00-04:00');
    expect(iso('January 15, 2025 9:00 AM CT')).toBe('2025-01-15T09:00:00-06:00');
    expect(iso('July 15, 2025 9:00 AM MT')).toBe('2025-07-15T09:00:00-06:00');
    expect(iso('July 15, 2025 9:00 AM PT')).toBe('2025-07-15T09:00:00-07:00');
  });

  it('switches on the second Sunday of March and the first of November', () => {
    expect(iso('March 8, 2025 12:00 PM ET')).toBe('2025-03-08T12:00:00-05:00');
    expect(iso('March 9, 2025 1:59 AM ET')).toBe('2025-03-09T01:59:00-05:00');
    expect(iso('March 9, 2025 3:00 AM ET')).toBe('2025-03-09T03:00:00-04:00');
    expect(iso('November 2, 2025 12:59 AM ET')).toBe('2025-11-02T00:59:00-04:00');
    expect(iso('November 2, 2025 2:00 AM ET')).toBe('2025-11-02T02:00:00-05:00');
  });

  it('refuses a time the clocks skip or pass twice', () => {
    expect(problem('March 9, 2025 2:30 AM ET')).toBe(
      'date "March 9, 2025 2:30 AM ET" never happens in ET: the clocks jump from -05:00 to -04:00; ' +
        'write its UTC offset instead, such as -05:00',
    );
    expect(problem('November 2, 2025 1:30 AM ET')).toBe(
      'date "November 2, 2025 1:30 AM ET" happens twice in ET, at -04:00 and again at -05:00; ' +
        'write its UTC offset instead, such as -04:00',
    );
  });

  it('gives an abbreviation its fixed offset, whatever the season', () => {
    expect(iso('July 15, 2025 9:00 AM EST')).toBe('2025-07-15T09:00:00-05:00');
    expect(iso('January 15, 2025 9:00 AM EDT')).toBe('2025-01-15T09:00:00-04:00');
    expect(iso('15 July 2025 9:00 CST')).toBe('2025-07-15T09:00:00-06:00');
    expect(iso('15 July 2025 9:00 CEST')).toBe('2025-07-15T09:00:00+02:00');
  });

  it('refuses an ambiguous or unknown zone', () => {
    expect(problem('10 Dec 2025 14:30 IST')).toBe(
      'date "10 Dec 2025 14:30 IST": IST could be India +05:30, Ireland +01:00 or Israel +02:00; ' +
        'write its UTC offset instead, such as +05:30 or -05:00',
    );
    expect(problem('10 Dec 2025 14:30 XYZ')).toBe(
      'date "10 Dec 2025 14:30 XYZ" has an unknown time zone "XYZ"; write its UTC offset instead, such as +05:30 or -05:00',
    );
  });

  it('keeps the calendar day the source wrote when the instant falls on another day in UTC', () => {
    const late = iso('10 Dec 2025 23:30 -05:00');
    expect(late).toBe('2025-12-10T23:30:00-05:00');
    expect(new Date(late).toISOString()).toBe('2025-12-11T04:30:00.000Z');
    const early = iso('2025-12-10T01:00:00+05:30');
    expect(new Date(early).toISOString()).toBe('2025-12-09T19:30:00.000Z');
  });

  it('stores an instant equal to the one written, for any wall time and offset', () => {
    const wall = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2099-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    const offset = fc.integer({ min: -14 * 60, max: 14 * 60 });
    fc.assert(
      fc.property(wall, offset, (date, minutes) => {
        const sign = minutes < 0 ? '-' : '+';
        const size = Math.abs(minutes);
        const zone = `${sign}${String(Math.floor(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
        const written = `${date.toISOString().slice(0, 19)}${zone}`;
        const stored = iso(written);
        expect(stored.slice(0, 19)).toBe(written.slice(0, 19));
        expect(Date.parse(stored)).toBe(Date.parse(written));
      }),
    );
  });
});

describe('readDate: what it refuses', () => {
  it('refuses a numeric date with two readings, naming both', () => {
    expect(problem('12/10/2025')).toBe(
      'date "12/10/2025" could be 12 October 2025 or 10 December 2025; write 2025-10-12 or 2025-12-10 instead',
    );
    expect(problem('03-04-2025 10:00')).toBe(
      'date "03-04-2025 10:00" could be 3 April 2025 or 4 March 2025; write 2025-04-03 or 2025-03-04 instead',
    );
  });

  it('refuses a weekday that contradicts the date', () => {
    expect(problem('Thu, 10 Dec 2025 14:30:00 +0000')).toBe(
      'date "Thu, 10 Dec 2025 14:30:00 +0000" says Thursday, but 10 December 2025 is a Wednesday',
    );
  });

  it('refuses a two-digit year', () => {
    expect(problem('12/10/25')).toBe('date "12/10/25" has a two-digit year; write the year in full');
  });

  it.each([
    'banana',
    '20251210',
    '2025-02-30',
    '31/02/2025',
    '13/13/2025',
    '10 Smarch 2025',
    '2025-12-10 14',
    '2025-12-10 25:00',
    '2025-12-10 14:60',
    '10 December 2025 13:00 PM',
    '10 December 2025 0:30 am',
    '2025-12-10T14:30+15:00',
    '2025-12-10T14:30:00 +05:30 extra',
    'Funday, 10 December 2025',
  ])('"%s" is not a real date', (text) => {
    expect(problem(text)).toBe(`date "${text}" is not a real date`);
  });
});

describe('dates in seeds, through parseSeed', () => {
  it('reads each form from a plain-text Date: line', () => {
    const dated = (line: string) => parseSeed('a.txt', utf8(`Headline\n\n${line}\n\nBody.`)).draft!.date;
    expect(dated('Date: December 10, 2025 2:30 PM ET')).toBe('2025-12-10T14:30:00-05:00');
    expect(dated('Published: Wed, 10 Dec 2025 14:30:00 +0000')).toBe('2025-12-10T14:30:00Z');
    expect(dated('Date: 2025/12/10')).toBe('2025-12-10');
  });

  it('reads each form from Markdown front matter', () => {
    const dated = (value: string) => parseSeed('m.md', utf8(`---\ntitle: T\ndate: ${value}\n---\nBody.`)).draft!.date;
    expect(dated('10 December 2025 14:30 GMT')).toBe('2025-12-10T14:30:00Z');
    expect(dated('Wed, 10 Dec 2025 14:30:00 +0000')).toBe('2025-12-10T14:30:00Z');
    expect(dated('2025-12-10T14:30:00+05:30')).toBe('2025-12-10T14:30:00+05:30');
    expect(dated('"12/25/2025"')).toBe('2025-12-25');
  });

  it('locates an ambiguous date on its Date: line', () => {
    const { draft, problems } = parseSeed('a.txt', utf8('Headline\n\nThe dek.\nDate: 12/10/2025\n\nBody.'));
    expect(draft).toBeNull();
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'seeds/a.txt:4: date "12/10/2025" could be 12 October 2025 or 10 December 2025; write 2025-10-12 or 2025-12-10 instead',
    ]);
  });

  it('locates a bad date on its front-matter key', () => {
    const { draft, problems } = parseSeed(
      'm.md',
      utf8('---\ntitle: T\nsource: AP\ndate: Thu, 10 Dec 2025\n---\nBody.'),
    );
    expect(draft).toBeNull();
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'seeds/m.md:4: date "Thu, 10 Dec 2025" says Thursday, but 10 December 2025 is a Wednesday',
    ]);
  });

  it('says a bare number in front matter is not a date', () => {
    const { problems } = parseSeed('m.md', utf8('---\ntitle: T\ndate: 20251210\n---\nBody.'));
    expect(problems.map((p) => formatProblem(p))).toEqual([
      'seeds/m.md:3: date must be a date such as 2025-12-10, not the number 20251210',
    ]);
  });

  it('lists articles newest first by instant, whatever offsets they were written in', () => {
    const seed = (file: string, date: string) => parseSeed(file, utf8(`${file}\n\nDate: ${date}\n\nBody.`)).draft!;
    const drafts = [
      seed('a.txt', '2025-12-10T23:30:00-05:00'), // 04:30 UTC on the 11th
      seed('b.txt', '2025-12-11T09:00:00+09:00'), // 00:00 UTC on the 11th
      seed('c.txt', '2025-12-11T03:00:00Z'),
      seed('d.txt', '2025-12-10'),
      seed('e.txt', 'December 10, 2025 8:00 PM ET'), // 01:00 UTC on the 11th
    ];
    const order = sortForList(identify(drafts)).map((item) => item.draft.file);
    expect(order).toEqual(['a.txt', 'c.txt', 'e.txt', 'b.txt', 'd.txt']);
  });
});
