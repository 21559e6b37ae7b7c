// People, places and organisations named in one article. Capitalised spans are the candidates;
// gazetteers (countries-list, compromise's lexicon) and the words around a span decide what each
// is; short mentions ("Sheinbaum", "NSC", "Justice Department") fold into the full name the same
// article uses. Nothing here knows any particular corpus or person. The word lists are passed in,
// so a build can make them from a saved copy of the lexicon without importing compromise.
import { canonicalOrganisation, EntityTally, initials, type TaggedEntities } from './entityNames';
import { capitalisedSpans, tokenize, type Span, type Token } from './entitySpans';
import type { Gazetteer } from './gazetteer';
import { isStopword } from './terms';

export interface EntityInput {
  title: string;
  dek: string | null;
  paragraphs: string[];
}

/** Words that introduce a person: "President Claudia Sheinbaum", "Attorney-General Pam Bondi". */
const PERSON_TITLES = new Set([
  'president',
  'vice-president',
  'prime',
  'minister',
  'chancellor',
  'secretary',
  'attorney-general',
  'attorney',
  'solicitor-general',
  'governor',
  'senator',
  'sen',
  'rep',
  'representative',
  'congressman',
  'congresswoman',
  'mayor',
  'judge',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'sir',
  'dame',
  'lord',
  'lady',
  'baroness',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'professor',
  'prof',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'coach',
  'manager',
  'captain',
  'gen',
  'colonel',
  'col',
  'lt',
  'sgt',
  'commissioner',
  'archbishop',
  'bishop',
  'rev',
  'reverend',
  'sheikh',
  'ayatollah',
  'chairman',
  'chairwoman',
  'chair',
  'director',
  'officer',
  'leader',
  'speaker',
  'deputy',
  'chief',
  'executive',
  'founder',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'star',
  'singer',
  'actor',
  'actress',
  'boss',
  'chief-executive',
  'inspector',
  'detective',
  'superintendent',
  'premier',
  'emperor',
  'empress',
  'general',
  'admiral',
  'marshal',
  'head',
  'economist',
  'analyst',
  'columnist',
  'editor',
  'producer',
  'mp',
  'mep',
  'msp',
  'congressman',
  'councillor',
  'chancellor',
  'goalscorer',
  'scorer',
  'winger',
  'skipper',
  'forward',
  'full-back',
  'fly-half',
  'scrum-half',
  'flanker',
  'keeper',
  'playmaker',
  'frontman',
  'rapper',
  'comedian',
  'presenter',
  'host',
  'novelist',
  'author',
  'director-general',
  'veteran',
  'baron',
]);
/** Titles that are part of the name they go with: "Lord Falconer" is not "Falconer". */
const PEERAGE = new Set(['lord', 'lady', 'baroness', 'baron']);
/** Titles that on their own mark a person, as opposed to modifiers like "Foreign" or "Chief". */
const CORE_TITLES = new Set(
  [...PERSON_TITLES].filter((t) => !['chief', 'deputy', 'head', 'star', 'general'].includes(t)),
);
/** Ministry areas that sit between a country and a title: "Foreign Secretary", "Home Office". */
const TITLE_MODIFIERS = new Set([
  'foreign',
  'home',
  'defence',
  'defense',
  'finance',
  'health',
  'trade',
  'interior',
  'economy',
  'culture',
  'sports',
  'sport',
  'education',
  'justice',
  'energy',
  'environment',
  'transport',
  'state',
  'shadow',
  'former',
  'acting',
  'interim',
  'first',
  'senior',
  'junior',
  'assistant',
  'associate',
  'managing',
  'operating',
  'financial',
  'technology',
  'treasury',
  'labour',
  'vice',
  'crown',
  'deputy',
  'chief',
  'executive',
  'general',
]);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor']);
const SPEECH = new Set([
  'said',
  'says',
  'told',
  'added',
  'explained',
  'argued',
  'insisted',
  'warned',
  'admitted',
  'claimed',
  'stressed',
  'noted',
  'wrote',
  'asked',
  'replied',
]);

/** Words before a person-shaped company: "housebuilder George Wimpey". */
const COMPANY_BEFORE = new Set([
  'housebuilder',
  'retailer',
  'carmaker',
  'firm',
  'lender',
  'insurer',
  'airline',
  'supermarket',
  'brewer',
  'publisher',
  'manufacturer',
  'conglomerate',
  'chain',
  'giant',
  'builder',
  'maker',
  'operator',
  'company',
]);
const COMPANY_CONTEXT = new Set([
  'shares',
  'profits',
  'profit',
  'revenues',
  'sales',
  'shareholders',
  'boss',
  'chairman',
  'board',
  'stake',
  'takeover',
  'subsidiary',
  'products',
  'customers',
  'stock',
  'earnings',
]);
/** Last words of a street or building, never of a person: "Downing Street", "Wembley Stadium". */
const PLACE_ENDINGS = new Set([
  'street',
  'road',
  'avenue',
  'square',
  'lane',
  'boulevard',
  'stadium',
  'airport',
  'palace',
  'cathedral',
  'abbey',
]);
/** Words around the title of a film, show or book: "the film Vera Drake", "Vera Drake director". */
const WORK_BEFORE = new Set([
  'film',
  'films',
  'movie',
  'album',
  'single',
  'show',
  'series',
  'sitcom',
  'drama',
  'novel',
  'book',
  'musical',
  'song',
  'programme',
  'documentary',
  'comedy',
  'thriller',
  'biopic',
]);
const WORK_AFTER = new Set([
  'director',
  'star',
  'stars',
  'cast',
  'soundtrack',
  'producers',
  'contestant',
  'contestants',
  'judges',
  'sequel',
  'premiere',
  'creator',
  'finalist',
  'finalists',
  'winner',
]);
/** Words around a sports club named after its town: "Everton manager", "beat Tottenham". */
const CLUB_AFTER = new Set([
  'manager',
  'boss',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'keeper',
  'winger',
  'skipper',
  'coach',
  'fans',
  'supporters',
  'squad',
  'player',
  'players',
  'defence',
  'forward',
  'academy',
  'beat',
  'drew',
  'v',
  'vs',
]);
const CLUB_BEFORE = new Set(['beat', 'beating', 'v', 'vs', 'joined', 'joining', 'against', 'rivals']);
/**
 * Words that make an article a sports report, where a town the corpus uses as a club is the club
 * (mergeEntityNames): three different ones are needed, so "a season of talks" is not sport.
 */
const SPORT_WORDS = new Set([
  'goal',
  'goals',
  'league',
  'season',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'coach',
  'premiership',
  'scored',
  'squad',
  'tournament',
  'club',
  'clubs',
  'referee',
  'penalty',
  'fixture',
  'fixtures',
  'transfer',
  'match',
  'matches',
  'cup',
  'championship',
  'relegation',
  'champions',
]);
const SPORT_EVIDENCE = 3;
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** "a PC", "every DVD": a capitalised word after these is a common noun. */
const INDEFINITE = new Set(['a', 'an', 'another', 'any', 'every', 'each']);
const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/;

type Kind = 'people' | 'places' | 'organisations';

interface Single {
  word: string;
  /** Preceded by Mr, Ms, Dr…: certainly a person. */
  honorific: boolean;
  /** Shaped like a company name (see companyShape). */
  company: CompanyShape | null;
  /** A place of this name, if no person in the article has it ("Hamilton", "Douglas"). */
  place: string | null;
  /** Said the way a sports club is ("Everton manager"). */
  club: boolean;
}

/** What the whole article says, for reading one span. */
interface ArticleWords {
  gaz: Gazetteer;
  /** Every word the article writes in lower case: such a word capitalised is just a sentence start. */
  lower: Set<string>;
  /**
   * Every capitalised span of the article, lower-cased: "Arsenal" alone says "Arsenal and …" is
   * two. Made on the first question, as few articles ask.
   */
  spans: () => Set<string>;
}

/** How a single word looks like a company; 'common' is an acronym used as a common noun ("a PC"). */
type CompanyShape = 'camel' | 'acronym' | 'context' | 'common';

/**
 * The entities of one article, with the word lists in gaz (gazetteerFrom). Each step is a function
 * of its own: V8 compiles one huge function slowly and again after every deoptimisation in it,
 * which cost more than the tagging itself on a first pass over a corpus.
 */
export function tagEntities(doc: EntityInput, gaz: Gazetteer): TaggedEntities {
  // Loops rather than filter and map, for one array kind throughout (see texts).
  const units: Token[][] = [];
  for (const text of [doc.title, doc.dek ?? '', ...doc.paragraphs]) if (text.trim() !== '') units.push(tokenize(text));
  const words = articleWordsOf(units);
  const spansByUnit: Span[][] = [];
  for (const unit of units) spansByUnit.push(capitalisedSpans(unit));
  const art: ArticleWords = { gaz, lower: words.lower, spans: spanTexts(spansByUnit) };
  const mentions = new Mentions();
  readSpans(spansByUnit, art, isTitleCase(doc.title), mentions);
  mentions.settleMaybes();
  const tally = new EntityTally();
  const organisations = tallyFound(mentions, tally, gaz);
  const singles = readSingles(mentions, words.plurals, organisations, tally);
  foldVagueCountries(tally, gaz);
  const entities = tally.toEntities();
  const mentioned = new Set(tally.names('places').map((p) => p.toLowerCase()));
  for (const place of entities.places) {
    const within = gaz.within(place.name, mentioned);
    if (within.length > 0) place.within = within;
  }
  return {
    ...entities,
    acronyms: singles.acronyms.toEntities().organisations,
    spelledOut: [...singles.spelledOut],
    works: [...mentions.works],
    clubs: [...singles.clubs],
    placeForms: mentions.forms.list(),
    sport: isSportsReport(words.lower),
  };
}

/** Every word the article writes in lower case, and its capitalised plurals ("PCs", "MPs"). */
function articleWordsOf(units: Token[][]): { lower: Set<string>; plurals: Set<string> } {
  const lower = new Set<string>();
  // "PCs", "MPs": plurals that make an acronym a thing, not a name.
  const plurals = new Set<string>();
  for (const unit of units) {
    for (const t of unit) {
      if (!t.word) continue;
      if (!t.cap) lower.add(t.text);
      else if (t.text.length > 2 && t.text.endsWith('s') && /^\p{Lu}+s$/u.test(t.text)) plurals.add(t.text);
    }
  }
  return { lower, plurals };
}

/** ArticleWords.spans: every capitalised span, lower-cased, made on the first question. */
function spanTexts(spansByUnit: Span[][]): () => Set<string> {
  let texts: Set<string> | null = null;
  return () => {
    if (texts) return texts;
    texts = new Set();
    for (const spans of spansByUnit) for (const span of spans) texts.add(lowers(span.tokens).join(' '));
    return texts;
  };
}

function readSpans(spansByUnit: Span[][], art: ArticleWords, titleCase: boolean, mentions: Mentions): void {
  spansByUnit.forEach((spans, u) => {
    // A Title Case Headline capitalises everything, so only its known places and organisations count.
    const headlineOnly = u === 0 && titleCase;
    for (const span of spans) {
      for (const m of readSpan(span, art)) {
        if (headlineOnly && (m.kind === 'single' || m.kind === 'people' || m.kind === 'maybe')) continue;
        mentions.take(m);
      }
    }
  });
}

/** What the spans of one article named, sorted by what is still to settle about them. */
class Mentions {
  readonly found: { kind: Kind; name: string }[] = [];
  readonly forms = new PlaceForms();
  readonly singles: Single[] = [];
  readonly maybes: { name: string; otherwise: Mention[] }[] = [];
  readonly works = new Set<string>();
  readonly companies = new Set<string>();

  take(m: Mention): void {
    if (m.kind === 'single')
      this.singles.push({
        word: m.name,
        honorific: m.honorific,
        company: m.company,
        place: m.place ?? null,
        club: m.club ?? false,
      });
    else if (m.kind === 'maybe') this.maybes.push(m);
    else if (m.kind === 'places' && m.said !== undefined) {
      this.forms.add(m.name, m.said);
      this.found.push({ kind: 'places', name: m.name });
    } else if (m.kind === 'work') this.works.add(m.name);
    else if (m.kind === 'company') {
      this.companies.add(m.name);
      this.found.push({ kind: 'organisations', name: m.name });
    } else this.found.push({ kind: m.kind, name: m.name });
  }

  /** A name-shaped pair is a person if the article uses its last word alone, else its known parts. */
  settleMaybes(): void {
    const alone = new Set(this.singles.map((s) => s.word));
    for (const m of this.maybes) {
      if (alone.has(m.name.slice(m.name.lastIndexOf(' ') + 1))) this.found.push({ kind: 'people', name: m.name });
      else for (const o of m.otherwise) this.take(o);
    }
  }
}

/** Counts the settled names into tally; returns each organisation's name → the longer name it folds into. */
function tallyFound(mentions: Mentions, tally: EntityTally, gaz: Gazetteer): Map<string, string> {
  const { found, works, companies } = mentions;
  const organisations = foldOrganisations(
    found.filter((f) => f.kind === 'organisations').map((f) => f.name),
    gaz,
  );
  for (const f of found) {
    if (f.kind === 'organisations') tally.add('organisations', organisations.get(f.name) ?? f.name);
    else if (f.kind === 'people' && companies.has(f.name)) tally.add('organisations', f.name);
    else if (f.kind !== 'people' || !works.has(f.name)) tally.add(f.kind, f.name);
  }
  return organisations;
}

interface ReadSingles {
  acronyms: EntityTally;
  spelledOut: Set<string>;
  clubs: Set<string>;
}

/** Single words, read in the light of the whole article's full names, organisations and places. */
function readSingles(
  mentions: Mentions,
  pluralWords: Set<string>,
  organisations: Map<string, string>,
  tally: EntityTally,
): ReadSingles {
  const { found, works, companies, singles, forms } = mentions;
  const people = found
    .filter((f) => f.kind === 'people' && !works.has(f.name) && !companies.has(f.name))
    .map((f) => f.name);
  const seen = new Map<string, number>();
  const commonNouns = new Set<string>();
  const clubWords = new Set<string>();
  for (const s of singles) {
    seen.set(s.word, (seen.get(s.word) ?? 0) + 1);
    if (s.company === 'common') commonNouns.add(s.word);
    if (s.club) clubWords.add(s.word);
  }
  for (const w of seen.keys()) if (pluralWords.has(`${w}s`)) commonNouns.add(w);
  const fullNames = fullNamesByPart(people, tally);
  const byInitials = new Map<string, string>();
  for (const o of new Set(organisations.values()))
    if (o.includes(' ') && !byInitials.has(initials(o))) byInitials.set(initials(o), o);
  const acronyms = new EntityTally();
  const spelledOut = new Set<string>();
  const clubs = new Set<string>();
  // "George Wimpey … Wimpey reported": the last word of a person-shaped company is that company.
  const companyByPart = new Map([...companies].map((c) => [c.slice(c.lastIndexOf(' ') + 1), c]));
  for (const s of singles) {
    const company = companyByPart.get(s.word);
    if (company) {
      tally.add('organisations', company);
      continue;
    }
    const person = fullNames.get(s.word);
    if (person) {
      tally.add('people', person);
      continue;
    }
    const org = byInitials.get(s.word);
    if (s.honorific) tally.add('people', s.word);
    else if (s.place && clubWords.has(s.word)) {
      tally.add('organisations', s.word);
      clubs.add(s.word);
    } else if (s.place) {
      tally.add('places', s.place);
      forms.add(s.place, s.word);
    } else if (org) {
      tally.add('organisations', org);
      spelledOut.add(s.word);
    } else if (s.company === 'camel' || s.company === 'context') tally.add('organisations', s.word);
    else if (s.company === 'acronym' && !commonNouns.has(s.word)) {
      // "GDP", "PC", "GMT": a short acronym is an organisation's name only if the corpus spells it out.
      if (s.word.length <= 4) acronyms.add('organisations', s.word);
      // A longer one said once is as likely "ASBOS" as a company; twice, it is a name.
      else if (seen.get(s.word)! >= 2) tally.add('organisations', s.word);
    }
  }
  return { acronyms, spelledOut, clubs };
}

function isSportsReport(lowerWords: Set<string>): boolean {
  let found = 0;
  for (const w of SPORT_WORDS) if (lowerWords.has(w) && ++found >= SPORT_EVIDENCE) return true;
  return false;
}

/**
 * "Korea" alone is the Korea the article names in full, if it names exactly one; if it names
 * neither, the one its other places lie in ("Seoul"), else the most populous. Naming both leaves it
 * as it is: the text does not say which, if either, it means.
 */
function foldVagueCountries(tally: EntityTally, gaz: Gazetteer): void {
  const places = tally.names('places');
  for (const vague of places) {
    if (vague.includes(' ')) continue;
    const candidates = gaz.vagueCountry(vague.toLowerCase());
    if (candidates.length === 0) continue;
    const named = candidates.filter((c) => places.includes(c));
    const mentioned = new Set(places.map((p) => p.toLowerCase()));
    const around = candidates.filter((c) => places.some((p) => gaz.within(p, mentioned)[0] === c));
    const meant = named.length > 0 ? named : around.length > 0 ? around : candidates.slice(0, 1);
    if (meant.length === 1) tally.add('places', meant[0]!, tally.remove('places', vague));
  }
}

/**
 * The words an article used for a place when they differ from its name ("Turkey" for Türkiye);
 * null for its adjective ("Turkish"), which counts as a mention but can never name it.
 */
class PlaceForms {
  private readonly counts = new Map<string, number>();

  add(place: string, said: string | null): void {
    if (said === place) return;
    const key = JSON.stringify([place, said]);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  list(): [string, string | null, number][] {
    return [...this.counts].map(([key, n]) => [...(JSON.parse(key) as [string, string | null]), n]);
  }
}

/**
 * A span's words, and the same in lower case. Loops rather than Array.map: V8's optimised map makes
 * arrays of another kind than its unoptimised one, and every function handed both deoptimised.
 */
function texts(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) out.push(t.text);
  return out;
}

function lowers(tokens: Token[]): string[] {
  const out: string[] = [];
  for (const t of tokens) out.push(t.lower);
  return out;
}

type Mention =
  /** said: the words the text used for a place; null for an adjective ("British"). */
  | { kind: Kind; name: string; said?: string | null }
  | { kind: 'single'; name: string; honorific: boolean; company: CompanyShape | null; place?: string; club?: boolean }
  | { kind: 'maybe'; name: string; otherwise: Mention[] }
  /** A person-shaped name used as a title ("the film Vera Drake") or a company ("George Wimpey's shares"). */
  | { kind: 'work' | 'company'; name: string };

/** "San Francisco-based", "Glasgow-born": a name glued to a description. */
const GLUED = /^(.+)-(based|born|bred|led|owned|run|backed|made|listed|registered|headquartered)$/i;

/** What one capitalised span names: none, one, or several ("US President Donald Trump"). */
function readSpan(span: Span, art: ArticleWords): Mention[] {
  let tokens = span.tokens;
  let before = span.before;
  // At the start of a sentence a capital means nothing: drop an ordinary word there ("Despite", "While"),
  // unless it starts a known place ("South Korea and North Korea").
  if (tokens.length > 1 && isOrdinary(tokens[0]!, art.gaz, art.lower, tokens.length)) {
    const lower = lowers(tokens.slice(0, 3));
    if (art.gaz.places.has(`${lower[0]} ${lower[1]}`) || (lower.length === 3 && art.gaz.places.has(lower.join(' ')))) {
      return readWords(trimConnectors(tokens), { before, after: span.after }, art);
    }
  }
  while (tokens.length > 0 && isOrdinary(tokens[0]!, art.gaz, art.lower, tokens.length)) {
    before = tokens[0]!.lower;
    tokens = tokens.slice(1);
  }
  return readWords(trimConnectors(tokens), { before, after: span.after }, art);
}

interface Context {
  before: string;
  after: string;
}

function trimConnectors(tokens: Token[]): Token[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && !tokens[a]!.cap) a++;
  while (b > a && !tokens[b - 1]!.cap) b--;
  return tokens.slice(a, b);
}

function readWords(tokens: Token[], ctx: Context, art: ArticleWords): Mention[] {
  if (tokens.length === 0) return [];
  const { gaz, lower: lowerWords } = art;
  const words = texts(tokens);
  const lower = lowers(tokens);
  const phrase = lower.join(' ');

  const named = gaz.places.get(phrase);
  const place = named ?? gaz.places.get(phrase.replace(/^the /, ''));
  // A one-word town may be the surname of a person the article names in full ("Lewis Hamilton … Hamilton said").
  if (place && words.length === 1 && !gaz.countries.has(phrase)) {
    const club = CLUB_AFTER.has(ctx.after) || CLUB_BEFORE.has(ctx.before);
    return [{ kind: 'single', name: words[0]!, honorific: HONORIFICS.has(ctx.before), company: null, place, club }];
  }
  if (place) return [{ kind: 'places', name: place, said: named ? words.join(' ') : words.slice(1).join(' ') }];
  // "British", "West German": a mention of the country, never a place of its own.
  const country = gaz.demonymCountry.get(phrase);
  if (country) return [{ kind: 'places', name: country, said: null }];
  const glued = tokens.findIndex((t) => GLUED.test(t.text));
  if (glued >= 0) {
    const token = tokens[glued]!;
    const text = GLUED.exec(token.text)![1]!;
    // Written out field by field, so every token keeps one shape.
    const head: Token = {
      text,
      lower: text.toLowerCase(),
      word: token.word,
      cap: token.cap,
      sentenceStart: token.sentenceStart,
      possessive: token.possessive,
    };
    return [
      ...readWords([...tokens.slice(0, glued), head], ctx, art),
      ...readWords(trimConnectors(tokens.slice(glued + 1)), ctx, art),
    ];
  }
  if (gaz.organisations.has(phrase) && !(words.length === 1 && tokens[0]!.sentenceStart && lowerWords.has(phrase))) {
    return [{ kind: 'organisations', name: canonicalOrganisation(words) }];
  }
  const last = lower[lower.length - 1]!;

  // "Tony Blair and Gordon Brown" is two names; "Securities and Exchange Commission" is one.
  const and = lower.findIndex((w) => w === 'and' || w === '&');
  if (and > 0 && (!gaz.orgWords.has(last) || standsAlone(tokens.slice(0, and), tokens.slice(and + 1), art))) {
    return [
      ...readWords(trimConnectors(tokens.slice(0, and)), ctx, art),
      ...readWords(trimConnectors(tokens.slice(and + 1)), ctx, art),
    ];
  }
  // "Office of the Deputy Prime Minister", "Department of Health": a body named by what it does.
  if (lower[1] === 'of' && gaz.orgWords.has(lower[0]!))
    return [{ kind: 'organisations', name: canonicalOrganisation(words) }];
  // "Bank of England" is one name; "President of the European Parliament" is a title and a name.
  const of = lower.indexOf('of');
  if (of > 0 && !gaz.orgWords.has(lower[of - 1]!)) {
    const right = trimConnectors(tokens.slice(of + 1));
    if (PERSON_TITLES.has(lower[of - 1]!)) return readWords(right, ctx, art);
    return [...readWords(tokens.slice(0, of), ctx, art), ...readWords(right, ctx, art)];
  }

  const titled = splitTitle(tokens, ctx, art);
  if (titled) return titled;
  // "UK Independence Party MEP": a trailing title belongs to someone not named here.
  if (tokens.length > 1 && PERSON_TITLES.has(last) && !gaz.orgWords.has(last)) {
    return readWords(tokens.slice(0, -1), ctx, art);
  }

  if (words.length >= 2 && PLACE_ENDINGS.has(last)) return [{ kind: 'places', name: words.join(' ') }];
  // "actor Thomas Hayden Church": after a title, a first name starts a person whatever word ends it.
  const titledPerson =
    PERSON_TITLES.has(ctx.before) && words.length <= 3 && gaz.firstNames.has(lower[0]!) && !gaz.orgWords.has(lower[0]!);
  if (!titledPerson && words.length >= 2 && lower.some((w, i) => gaz.orgWords.has(w) && (i > 0 || words.length > 2))) {
    return [{ kind: 'organisations', name: canonicalOrganisation(words) }];
  }
  if (words.length === 1) {
    const w = words[0]!;
    const company = companyShape(w, tokens[0]!, ctx, gaz);
    if (company) return [{ kind: 'single', name: w, honorific: false, company }];
    if (lower[0]!.length < 2 || gaz.common.has(lower[0]!) || (isStopword(lower[0]!) && w !== w.toUpperCase()))
      return [];
    // A single all-lower-case-elsewhere word at a sentence start is an ordinary word ("Shares").
    if (tokens[0]!.sentenceStart && lowerWords.has(lower[0]!)) return [];
    return [{ kind: 'single', name: w, honorific: HONORIFICS.has(ctx.before), company: null }];
  }
  const person = titledPerson ? 'person' : words.length <= 4 ? looksLikePerson(tokens, lower, gaz, ctx) : null;
  if (person && (WORK_BEFORE.has(ctx.before) || WORK_AFTER.has(ctx.after)))
    return [{ kind: 'work', name: words.join(' ') }];
  const companyWords =
    COMPANY_BEFORE.has(ctx.before) || (tokens[tokens.length - 1]!.possessive && COMPANY_CONTEXT.has(ctx.after));
  if (person && companyWords) return [{ kind: 'company', name: words.join(' ') }];
  if (person === 'person') return [{ kind: 'people', name: words.join(' ') }];
  if (person === 'maybe') return [{ kind: 'maybe', name: words.join(' '), otherwise: longestKnownParts(tokens, gaz) }];
  return longestKnownParts(tokens, gaz);
}

/**
 * "Arsenal and Manchester United" is two names, "Securities and Exchange Commission" one: the
 * parts of two are names by themselves, or written alone elsewhere in the article.
 */
function standsAlone(left: Token[], right: Token[], art: ArticleWords): boolean {
  const phrase = (ts: Token[]): string => lowers(ts).join(' ');
  if (isName(left, art.gaz) || art.spans().has(phrase(left)) || (right.length > 0 && art.spans().has(phrase(right))))
    return true;
  // "… and Manchester United", "… and American Airlines": a place's or a people's own body.
  const head = right[0]?.lower ?? '';
  if (right.length >= 2 && (art.gaz.places.has(head) || art.gaz.demonymCountry.has(head))) return true;
  const lower = lowers(left);
  return left.length >= 2 && looksLikePerson(left, lower, art.gaz, { before: '', after: '' }) === 'person';
}

/** A part that names something by itself ("IMF" in "IMF and World Bank"), so an "and" after it separates. */
function isName(tokens: Token[], gaz: Gazetteer): boolean {
  const lower = lowers(tokens);
  const phrase = lower.join(' ');
  if (gaz.places.has(phrase) || gaz.organisations.has(phrase) || lower.some((w) => gaz.orgWords.has(w))) return true;
  return tokens.length === 1 && /^\p{Lu}{2,5}$/u.test(tokens[0]!.text);
}

/**
 * A single word that is a company or body by its shape or its neighbours: inner capitals
 * (WorldCom, eBay), an acronym (BT, IBM), or "<Name>'s shares/profits/boss".
 */
function companyShape(word: string, token: Token, ctx: Context, gaz: Gazetteer): CompanyShape | null {
  const lower = token.lower;
  if (gaz.places.has(lower) || gaz.firstNames.has(lower) || gaz.common.has(lower)) return null;
  if (/^\p{Lu}?\p{Ll}+\p{Lu}[\p{L}]*$/u.test(word) && !/^(Mc|Mac|O')/.test(word)) return 'camel';
  // "a PC", "the DVD": a common noun written in capitals.
  if (/^\p{Lu}{2,5}$/u.test(word) && !ROMAN.test(word)) return INDEFINITE.has(ctx.before) ? 'common' : 'acronym';
  return token.possessive && COMPANY_CONTEXT.has(ctx.after) ? 'context' : null;
}

/** "[Prefix…] [Title…] Name…": a titled person, with whatever the prefix names ("US", "Labour"). */
function splitTitle(tokens: Token[], ctx: Context, art: ArticleWords): Mention[] | null {
  const gaz = art.gaz;
  const lower = lowers(tokens);
  const first = lower.findIndex((w) => CORE_TITLES.has(w));
  if (first < 0) return null;
  let start = first;
  while (start > 0 && TITLE_MODIFIERS.has(lower[start - 1]!)) start--;
  let i = first;
  while (i < tokens.length && (PERSON_TITLES.has(lower[i]!) || TITLE_MODIFIERS.has(lower[i]!))) i++;
  if (i >= tokens.length) return null;
  const rest = tokens.slice(i);
  if (rest.length > 4 || rest.some((t) => !t.cap)) return null;
  // "actor Thomas Hayden Church": after a title, a first name starts a person even if an organisation word ends it.
  const firstNamed = rest.length <= 3 && gaz.firstNames.has(rest[0]!.lower) && !gaz.orgWords.has(rest[0]!.lower);
  if (!firstNamed && rest.some((t) => gaz.orgWords.has(t.lower))) return null;
  // A title before a place is a post ("Mayor of London" aside): "President Putin", but "Prime Minister Mexico" is not a person.
  if (rest.length > 1 && gaz.places.has(lowers(rest).join(' '))) return null;
  const prefix = tokens.slice(0, start);
  const out: Mention[] =
    prefix.length === 1 && gaz.demonyms.has(lower[0]!) && !gaz.demonymCountry.has(lower[0]!)
      ? []
      : readWords(prefix, { before: ctx.before, after: lower[start]! }, art);
  if (rest.length === 1 && PEERAGE.has(lower[i - 1]!))
    out.push({ kind: 'people', name: `${tokens[i - 1]!.text} ${rest[0]!.text}` });
  else if (rest.length === 1) out.push({ kind: 'single', name: rest[0]!.text, honorific: true, company: null });
  else out.push({ kind: 'people', name: texts(rest).join(' ') });
  return out;
}

/**
 * 'person' on evidence (a known first or last name, or "… said"); 'maybe' for a name-shaped pair
 * or triple of unknown words, which becomes a person if the article later uses its last word alone
 * ("Lewis Hamilton … Hamilton said"), the way news writing refers back to people.
 */
function looksLikePerson(tokens: Token[], lower: string[], gaz: Gazetteer, ctx: Context): 'person' | 'maybe' | null {
  // Surnames can be towns ("Lewis Hamilton"), but a country in a name is no person.
  if (lower.some((w) => gaz.orgWords.has(w) || gaz.countries.has(w) || gaz.organisations.has(w))) return null;
  // "American Idol", "British Gas": a people's name starts no person's.
  if (gaz.demonymCountry.has(lower[0]!)) return null;
  if (gaz.places.has(lower[0]!) && !gaz.firstNames.has(lower[0]!)) return null;
  if (lower.some((w) => isStopword(w) || (gaz.common.has(w) && !gaz.firstNames.has(w) && !gaz.lastNames.has(w))))
    return null;
  if (tokens.some((t) => !t.cap || (t.text.length > 1 && t.text === t.text.toUpperCase()))) return null;
  if (gaz.firstNames.has(lower[0]!)) return 'person';
  if (gaz.lastNames.has(lower[lower.length - 1]!)) return 'person';
  if (lower.length > 3) return null;
  // An unknown two- or three-word name that speaks: "Keir Starmer said".
  return SPEECH.has(ctx.after) || SPEECH.has(ctx.before) ? 'person' : 'maybe';
}

/** Inside an unrecognised span, the longest runs that are known places or organisations. */
function longestKnownParts(tokens: Token[], gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  const lower = lowers(tokens);
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (let n = Math.min(gaz.longest, tokens.length - i); n >= 1; n--) {
      const phrase = lower.slice(i, i + n).join(' ');
      const place = gaz.places.get(phrase);
      if (place)
        out.push({
          kind: 'places',
          name: place,
          said: texts(tokens.slice(i, i + n)).join(' '),
        });
      else if (gaz.organisations.has(phrase))
        out.push({ kind: 'organisations', name: canonicalOrganisation(texts(tokens.slice(i, i + n))) });
      else continue;
      matched = n;
      break;
    }
    i += matched || 1;
  }
  return out;
}

/** An ordinary English word in first position of a sentence, or a function word anywhere. */
function isOrdinary(token: Token, gaz: Gazetteer, lowerWords: Set<string>, spanLength: number): boolean {
  const w = token.lower;
  const shouted = token.text.length > 1 && token.text === token.text.toUpperCase();
  // "US" is not "us", "IT" is not "it".
  if (isStopword(w) && !shouted) return !(spanLength > 1 && gaz.places.has(w));
  if (WEEKDAYS.has(w)) return true;
  if (!token.sentenceStart) return false;
  // "Trouble-hit", "Long-awaited": ordinary words joined by hyphens.
  if (w.includes('-') && w.split('-').every((part) => gaz.common.has(part) || lowerWords.has(part) || isStopword(part)))
    return true;
  if (gaz.firstNames.has(w) || gaz.places.has(w) || gaz.organisations.has(w) || gaz.demonyms.has(w)) return false;
  if (gaz.demonymCountry.has(w)) return false;
  if (PERSON_TITLES.has(w) || TITLE_MODIFIERS.has(w)) return false;
  return gaz.common.has(w) || lowerWords.has(w) || (shouted && w.length > 3);
}

function isTitleCase(title: string): boolean {
  const words = title.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.8;
}

/** Bare surname (or first name) → the full name in this article it refers to; the most mentioned wins. */
function fullNamesByPart(people: string[], tally: EntityTally): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of new Set(people)) {
    const parts = name.split(' ');
    if (parts.length < 2) continue;
    const first = PEERAGE.has(parts[0]!.toLowerCase()) ? [] : [parts[0]!];
    for (const part of [parts[parts.length - 1]!, ...first]) {
      const current = out.get(part);
      if (current === undefined || tally.count('people', name) > tally.count('people', current)) out.set(part, name);
    }
  }
  return out;
}

/**
 * Within one article: a shorter name contained in a longer one that only adds a country
 * ("Justice Department" in "US Justice Department"), or an acronym of a longer one ("EU" for
 * "European Union"), is the same organisation.
 */
function foldOrganisations(names: string[], gaz: Gazetteer): Map<string, string> {
  const distinct = [...new Set(names)];
  const out = new Map<string, string>();
  for (const short of distinct) {
    const s = short.toLowerCase().split(' ');
    const acronym = /^\p{Lu}{2,6}$/u.test(short);
    const long = distinct.find((l) => {
      if (acronym) return l.includes(' ') && initials(l) === short;
      const w = l.toLowerCase().split(' ');
      if (w.length <= s.length || !s.every((x) => w.includes(x))) return false;
      return w.filter((x) => !s.includes(x)).every((x) => gaz.countries.has(x));
    });
    out.set(short, long ?? short);
  }
  return out;
}
