// Composes one synthetic article in the seed's plain-text shape from a world and an article seed.
import { TOPICS, type TopicVocabulary } from './topic-vocabulary';
import type { City, Person, World } from './synthetic-world';
import { chance, intBetween, mulberry32, pick, pickSkewed, type Random } from './prng';
import { storyLines, type StoryPart } from './synthetic-story';
import { MONTHS as CALENDAR_MONTHS, WEEKDAYS } from '../../src/pipeline/common/calendarNames';

export interface SyntheticArticle {
  /** Topic key of the primary topic the text was written from. */
  topic: string;
  secondaryTopic: string | null;
  date: string | null;
  text: string;
  /** The id of the event the article reports, when it is part of a story (synthetic-story.ts). */
  story: string | null;
}

// Relative frequency of each topic, so section counts differ as in a real archive.
const TOPIC_WEIGHTS: Record<string, number> = {
  sport: 16,
  business: 16,
  politics: 16,
  science: 10,
  arts: 10,
  health: 8,
  crime: 8,
  environment: 6,
  conflict: 6,
  weather: 4,
};
const WEIGHT_TOTAL = TOPICS.reduce((sum, t) => sum + (TOPIC_WEIGHTS[t.key] ?? 1), 0);

// Monday first, as the generator always picked them (the order is part of its output).
const DAYS = [...WEEKDAYS.slice(1), WEEKDAYS[0]!].map(capitalise);
const MONTHS = CALENDAR_MONTHS.map(capitalise);
const CAPTION_ACTIONS = [
  'speaks during an event',
  'arrives for a meeting',
  'attends a news conference',
  'waves to supporters',
  'visits a site',
];

// Dates spread over ten years: 2016-01-01 plus up to 3652 days.
const FIRST_DAY_MS = Date.UTC(2016, 0, 1);
const DAY_MS = 86_400_000;
const DAY_SPAN = 3653;
const DATED_SHARE = 0.9;

function pickTopic(rand: Random): TopicVocabulary {
  let r = rand() * WEIGHT_TOTAL;
  for (const topic of TOPICS) {
    r -= TOPIC_WEIGHTS[topic.key] ?? 1;
    if (r < 0) return topic;
  }
  return TOPICS[TOPICS.length - 1]!;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Picks `count` distinct items (fewer if the list is shorter). */
function pickDistinct<T>(rand: Random, items: readonly T[], count: number, skewed = false): T[] {
  const out: T[] = [];
  for (let attempt = 0; out.length < Math.min(count, items.length) && attempt < count * 20; attempt++) {
    const item = skewed ? pickSkewed(rand, items) : pick(rand, items);
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

/** Fills template slots; people are named in full at first mention, by surname afterwards. */
class Filler {
  private cursor = 0;
  private mentioned = new Set<Person>();

  constructor(
    private readonly rand: Random,
    private readonly topic: TopicVocabulary,
    private readonly people: Person[],
    private readonly orgs: string[],
    private readonly city: City,
  ) {}

  /** Headline and dek name people in full again in the body, as news copy does. */
  startBody(): void {
    this.mentioned.clear();
    this.cursor = 0;
  }

  nextPerson(): Person {
    return this.people[this.cursor % this.people.length]!;
  }

  name(person: Person): string {
    if (this.mentioned.has(person)) return person.last;
    this.mentioned.add(person);
    return `${person.first} ${person.last}`;
  }

  fill(template: string): string {
    const { rand, topic } = this;
    return template.replace(/\{(\w+)\}/g, (_match, slot: string) => {
      switch (slot) {
        case 'person': {
          const person = this.nextPerson();
          this.cursor++;
          return this.name(person);
        }
        case 'role':
          return this.nextPerson().role;
        case 'org':
          return this.orgs[0]!;
        case 'org2':
          return this.orgs[1] ?? this.orgs[0]!;
        case 'country':
          return this.city.country;
        case 'city':
          return this.city.name;
        case 'noun':
        case 'noun2':
          return pick(rand, topic.nouns);
        case 'adj':
          return pick(rand, topic.adjectives);
        case 'num':
          return String(intBetween(rand, 2, 60));
        case 'pct':
          return chance(rand, 0.5)
            ? String(intBetween(rand, 1, 45))
            : `${intBetween(rand, 0, 9)}.${intBetween(rand, 1, 9)}`;
        case 'day':
          return pick(rand, DAYS);
        case 'month':
          return pick(rand, MONTHS);
        default:
          throw new Error(`unknown template slot {${slot}}`);
      }
    });
  }
}

function randomDate(rand: Random): Date {
  return new Date(FIRST_DAY_MS + intBetween(rand, 0, DAY_SPAN - 1) * DAY_MS);
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// Shared sentences that fit any topic, so long articles need not repeat a topic sentence.
const GENERIC_SENTENCES = [
  'Officials said more details about the {noun} would be published on {day}.',
  'The {noun} has drawn attention across {country} in recent weeks.',
  'Local newspapers in {city} have covered the {noun} closely.',
  'A spokesperson for {org} declined to comment further.',
  'The issue is expected to come up again when {org} meets next month.',
  'Some residents of {city} said they had followed the {noun} with interest.',
];

interface Voice {
  topic: TopicVocabulary;
  filler: Filler;
  sentences: string[];
  quotes: string[];
}

function voiceFor(topic: TopicVocabulary, filler: Filler): Voice {
  return { topic, filler, sentences: [...topic.sentences], quotes: [...topic.quotes] };
}

function takeFrom(rand: Random, pool: string[]): string | undefined {
  return pool.splice(Math.floor(rand() * pool.length), 1)[0];
}

function quoteParagraph(rand: Random, voice: Voice): string | undefined {
  const quote = takeFrom(rand, voice.quotes);
  if (!quote) return undefined;
  const person = voice.filler.nextPerson();
  const name = voice.filler.name(person);
  return chance(rand, 0.5)
    ? `“${quote},” said ${person.role} ${name}.`
    : `“${quote},” ${name} said on ${pick(rand, DAYS)}.`;
}

function bodyParagraphs(rand: Random, main: Voice, other: Voice | null): string[] {
  const generic = [...GENERIC_SENTENCES];
  const count = intBetween(rand, 4, 9);
  const quoteAt = new Set([intBetween(rand, 1, count - 1), chance(rand, 0.4) ? intBetween(rand, 1, count - 1) : -1]);
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) {
    const quoted = quoteAt.has(i) ? quoteParagraph(rand, other && chance(rand, 0.25) ? other : main) : undefined;
    if (quoted) {
      paragraphs.push(quoted);
      continue;
    }
    const sentences: string[] = [];
    const n = intBetween(rand, 1, 3);
    for (let s = 0; s < n; s++) {
      const voice = other && other.sentences.length > 0 && chance(rand, 0.25) ? other : main;
      const own = takeFrom(rand, voice.sentences);
      const template = own ?? takeFrom(rand, generic);
      if (template) sentences.push(capitalise(voice.filler.fill(template)));
    }
    // Pools ran dry: a shorter article beats one that repeats itself.
    if (sentences.length === 0) break;
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}

function captionLine(rand: Random, world: World, person: Person, city: City, date: Date | null): string {
  const when = date ? ` ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} ${date.getUTCFullYear()}` : '';
  const action = pick(rand, CAPTION_ACTIONS);
  return `FILE: ${person.first} ${person.last} ${action} in ${city.name}, ${city.country}${when}. / ${pick(rand, world.photoCredits)}`;
}

/** `story`: the article reports that event, in its own words, on its own day, from its own source. */
export function composeArticle(world: World, articleSeed: number, story: StoryPart | null = null): SyntheticArticle {
  const rand = mulberry32(articleSeed);
  const topic = story ? story.brief.topic : pickTopic(rand);
  let secondary: TopicVocabulary | null = !story && chance(rand, 0.3) ? pickTopic(rand) : null;
  if (secondary === topic) secondary = null;

  const cast = world.casts.get(topic.key)!;
  const people = story ? story.brief.people : pickDistinct(rand, cast.people, intBetween(rand, 1, 3), true);
  const city = story ? story.brief.city : pickSkewed(rand, world.cities);
  const orgs = story ? [...story.brief.orgs, pick(rand, cast.orgs)] : pickDistinct(rand, cast.orgs, 2, true);
  const filler = new Filler(rand, topic, people, orgs, city);
  let other: Voice | null = null;
  if (secondary) {
    const otherCast = world.casts.get(secondary.key)!;
    const otherFiller = new Filler(
      rand,
      secondary,
      pickDistinct(rand, otherCast.people, 1, true),
      pickDistinct(rand, otherCast.orgs, 2, true),
      city,
    );
    other = voiceFor(secondary, otherFiller);
  }

  const told = story ? storyLines(rand, story) : null;
  const headline = told?.headline ?? capitalise(filler.fill(pick(rand, topic.headlines)));
  const dek = told?.dek ?? capitalise(filler.fill(pick(rand, topic.deks)));
  const date = story
    ? new Date(FIRST_DAY_MS + (story.brief.firstDay + story.dayOffset) * DAY_MS)
    : chance(rand, DATED_SHARE)
      ? randomDate(rand)
      : null;

  const credits: string[] = [];
  const bylineRoll = rand();
  if (bylineRoll < 0.6) credits.push(`By ${pick(rand, world.reporters)}`);
  else if (bylineRoll < 0.7) credits.push('By');
  if (chance(rand, 0.45)) credits.push(captionLine(rand, world, people[0]!, city, date));

  filler.startBody();
  const body = bodyParagraphs(rand, voiceFor(topic, filler), other);
  if (told) body.splice(0, 0, told.paragraph);

  const head = [headline];
  if (date) head.push(`Date: ${isoDay(date)}`);
  if (story) head.push(`Source: ${story.source}`);
  const blocks = [head.join('\n'), dek];
  if (credits.length > 0) blocks.push(credits.join('\n'));
  blocks.push(...body);
  return {
    topic: topic.key,
    secondaryTopic: secondary?.key ?? null,
    date: date ? isoDay(date) : null,
    text: blocks.join('\n\n') + '\n',
    story: story ? story.brief.id : null,
  };
}
