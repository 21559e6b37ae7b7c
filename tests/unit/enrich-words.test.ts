// The section model's words (terms.ts forEachWord): possessives, contractions and curly apostrophes,
// and a document's terms (termMatrix.ts docTerms) in order of first occurrence with weighted counts.
import { describe, expect, it } from 'vitest';
import { docTerms } from '../../src/pipeline/enrich/termMatrix';
import { forEachWord } from '../../src/pipeline/enrich/terms';

function words(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (w) => out.push(w));
  return out;
}

describe('forEachWord', () => {
  it('drops an apostrophe s, keeps a contraction whole, and reads a curly apostrophe as a straight one', () => {
    expect(words("The Bank's view: don’t panic, it's Britain’s 2nd fund’s year.")).toEqual([
      'the',
      'bank',
      'view',
      "don't",
      'panic',
      'it',
      'britain',
      'nd',
      'fund',
      'year',
    ]);
  });

  it('takes one apostrophe into a word, and skips one-letter words', () => {
    expect(words("O’Brien’ll say a word, I’ve heard shes'")).toEqual([
      "o'brien",
      'll',
      'say',
      'word',
      "i've",
      'heard',
      'shes',
    ]);
  });
});

describe('docTerms', () => {
  it('lists terms in order of first occurrence, headline words counting double, function words left out', () => {
    const terms = docTerms({ title: 'Elections loom', dek: null, paragraphs: ['The election is near.', 'Looming.'] });
    expect(terms).toEqual({ terms: ['election', 'loom', 'near'], tf: [3, 3, 1] });
  });

  it('gives the same terms for a document whatever was read before it', () => {
    const doc = { title: 'Bank rates', dek: 'Rates rise', paragraphs: ['The bank’s rates rose again.'] };
    const first = docTerms(doc);
    docTerms({ title: 'Something else entirely', dek: null, paragraphs: ['rates banks rose other words'] });
    expect(docTerms(doc)).toEqual(first);
  });
});
