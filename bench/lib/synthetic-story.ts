// Stories for a synthetic corpus: several articles about one invented event, written differently
// (other headlines, other sentences, other sources) and days apart, each with the event's id, so
// the bench can score how well the pipeline groups them (bench/coverage.ts).
import { TOPICS, type TopicVocabulary } from './topic-vocabulary';
import type { City, Person, World } from './synthetic-world';
import { chance, intBetween, mixSeed, mulberry32, pick, type Random } from './prng';

/** What every article about one event shares. */
export interface StoryBrief {
  id: string;
  topic: TopicVocabulary;
  /** An invented proper name the event goes by ("the Velmorin inquiry"). */
  name: string;
  /** What kind of event it is, from the topic's nouns. */
  kind: string;
  people: Person[];
  orgs: string[];
  city: City;
  /** Days since 2016-01-01 of its first article. */
  firstDay: number;
  /** Where in SOURCES its first article's source is; each next article has the next source. */
  firstSource: number;
}

/** One article's part in a story: which event, and how this article tells it. */
export interface StoryPart {
  brief: StoryBrief;
  /** 0 for the first article about the event, 1 for the next… */
  part: number;
  /** Days after the event's first article. */
  dayOffset: number;
  source: string;
}

// Articles are dealt out in blocks; each block holds up to two stories and some lone articles.
const BLOCK = 12;
const STORY_SALT = 0x570e1;

const NAME_HEADS = ['Vel', 'Kor', 'Ash', 'Brin', 'Cal', 'Dur', 'Esk', 'Fal', 'Gor', 'Hes', 'Ith', 'Jor', 'Kel', 'Lor'];
const NAME_MIDS = ['mor', 'an', 'ev', 'ast', 'il', 'ond', 'ar', 'ess', 'ul', 'ith'];
const NAME_TAILS = ['in', 'ane', 'ford', 'ova', 'ek', 'ard', 'is', 'ton', 'ara', 'ux', 'eld', 'ora'];

// Invented outlets: each article of a story comes from another one.
const SOURCES = [
  'The Morning Ledger',
  'Harbour Times',
  'Northwire News',
  'The Civic Record',
  'Daily Meridian',
  'Lantern Post',
  'The Evening Courier',
  'Riverside Gazette',
];

// How different desks open a story about the same event: different words for the same facts.
const HEADLINES = [
  '{name} {kind}: {person} speaks out',
  'What we know so far about the {name} {kind}',
  '{org} under scrutiny over {name} {kind}',
  '{city} reacts to the {name} {kind}',
  'New details emerge in {name} affair',
  '{person} and {person2} clash over {name} {kind}',
  'Questions mount for {org} after {name} {kind}',
  '{name}: {city} waits for answers',
];
const DEKS = [
  'The {kind} has dominated conversation in {city} since {day}.',
  '{person} said more would be known within days.',
  'Officials at {org} promised a full account of the {name} {kind}.',
  'Residents of {city} are still counting the cost.',
];
const EVENT_SENTENCES = [
  'The {name} {kind} began in {city} on {day} and quickly drew the attention of {org}.',
  '{person} was among the first to comment on the {name} {kind}.',
  'Officials in {city} said the {name} {kind} would be reviewed in full.',
  'Critics of {org} said the {name} affair had been years in the making.',
  'By {day}, {person2} had called for an independent look at the {name} {kind}.',
  'Those close to the {name} {kind} said the coming week would be decisive.',
  'The {name} {kind} has split opinion across {country}.',
  '{org} said it was cooperating fully over the {name} {kind}.',
];

/** The stories of block `block`: each a brief and the block positions of its articles. */
function blockStories(world: World, seed: number, block: number): { brief: StoryBrief; slots: number[] }[] {
  const rand = mulberry32(mixSeed(seed ^ STORY_SALT, block));
  const free = Array.from({ length: BLOCK }, (_, i) => i);
  const count = chance(rand, 0.6) ? 1 : chance(rand, 0.75) ? 2 : 0;
  const stories: { brief: StoryBrief; slots: number[] }[] = [];
  for (let s = 0; s < count; s++) {
    const size = intBetween(rand, 2, 5);
    const slots = Array.from({ length: size }, () => free.splice(Math.floor(rand() * free.length), 1)[0]!);
    stories.push({ brief: makeBrief(rand, world, `${block}-${s}`), slots: slots.sort((a, b) => a - b) });
  }
  return stories;
}

function makeBrief(rand: Random, world: World, id: string): StoryBrief {
  const topic = pick(rand, TOPICS);
  const cast = world.casts.get(topic.key)!;
  const people = [pick(rand, cast.people)];
  while (people.length < 2) {
    const p = pick(rand, cast.people);
    if (p !== people[0]) people.push(p);
  }
  return {
    id,
    topic,
    name: pick(rand, NAME_HEADS) + pick(rand, NAME_MIDS) + pick(rand, NAME_TAILS),
    kind: pick(rand, topic.nouns),
    people,
    orgs: [pick(rand, cast.orgs)],
    city: pick(rand, world.cities),
    firstDay: intBetween(rand, 0, 3640),
    firstSource: intBetween(rand, 0, SOURCES.length - 1),
  };
}

/** Which story, if any, article `index` is part of, and how it tells it. */
export function storyPart(world: World, seed: number, index: number): StoryPart | null {
  const block = Math.floor(index / BLOCK);
  for (const { brief, slots } of blockStories(world, seed, block)) {
    const part = slots.indexOf(index % BLOCK);
    if (part < 0) continue;
    // A day or a few between each report, so a story of five spans up to about two weeks.
    const rand = mulberry32(mixSeed(seed ^ STORY_SALT, index));
    let dayOffset = 0;
    for (let p = 1; p <= part; p++) dayOffset += intBetween(rand, 1, 3);
    return { brief, part, dayOffset, source: SOURCES[(brief.firstSource + part) % SOURCES.length]! };
  }
  return null;
}

/** Fills a story template; each article names the people in its own order. */
export function fillStory(rand: Random, template: string, brief: StoryBrief, people: Person[]): string {
  return template.replace(/\{(\w+)\}/g, (_m, slot: string) => {
    switch (slot) {
      case 'name':
        return brief.name;
      case 'kind':
        return brief.kind;
      case 'person':
        return `${people[0]!.first} ${people[0]!.last}`;
      case 'person2':
        return `${people[1]!.first} ${people[1]!.last}`;
      case 'org':
        return brief.orgs[0]!;
      case 'city':
        return brief.city.name;
      case 'country':
        return brief.city.country;
      case 'day':
        return pick(rand, ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
      default:
        throw new Error(`unknown story slot {${slot}}`);
    }
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Headline, dek and event paragraph of one article in a story, each drawn differently per part. */
export function storyLines(rand: Random, story: StoryPart): { headline: string; dek: string; paragraph: string } {
  const { brief, part } = story;
  const people = part % 2 === 0 ? brief.people : [...brief.people].reverse();
  const headline = HEADLINES[(part + brief.name.length) % HEADLINES.length]!;
  const pool = [...EVENT_SENTENCES];
  const sentences = Array.from({ length: 3 }, () => pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return {
    // An organisation may be "the X Trust"; a headline starts with a capital all the same.
    headline: capitalise(fillStory(rand, headline, brief, people)),
    dek: capitalise(fillStory(rand, pick(rand, DEKS), brief, people)),
    paragraph: sentences.map((s) => fillStory(rand, s, brief, people)).join(' '),
  };
}
