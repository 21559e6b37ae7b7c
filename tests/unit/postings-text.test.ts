// Postings as the build writes them and the browser reads them: ordinal gaps, each followed by a
// one-character weight step.
import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings, stepScore, weightStep } from '../../src/model/searchIndex';

describe('postings text', () => {
  it('round-trips ordinals and weight steps, including large gaps', () => {
    const ordinals = [0, 1, 2, 40, 41, 1_000, 99_999, 2_000_000];
    const weights = [0.01, 0.2, 0.5, 1, 0.99, 0.33, 0.7, 0.05];
    const { ordinals: back, steps } = decodePostings(encodePostings(ordinals, weights));
    expect([...back]).toEqual(ordinals);
    expect([...steps]).toEqual(weights.map(weightStep));
    expect(steps[0]).toBe(1);
    expect(steps[3]).toBe(63);
  });

  it('reads nothing from empty text and rejects text cut short or not postings', () => {
    expect(decodePostings('').ordinals).toHaveLength(0);
    const text = encodePostings([5, 100_000], [0.5, 0.5]);
    expect(() => decodePostings(text.slice(0, -1))).toThrow(/compact number/);
    // Ends inside the second ordinal's gap.
    expect(() => decodePostings(text.slice(0, 3))).toThrow(/compact number/);
    expect(() => decodePostings('1"')).toThrow(/character 1/);
  });

  it('scores rare words higher per step, in whole units', () => {
    const rare = stepScore(3, 100_000);
    const common = stepScore(60_000, 100_000);
    expect(Number.isInteger(rare) && Number.isInteger(common)).toBe(true);
    expect(rare).toBeGreaterThan(common * 10);
    // A word in every article still counts, so it ranks by its weight steps.
    expect(stepScore(100_000, 100_000)).toBe(1);
  });
});
