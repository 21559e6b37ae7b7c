import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FacetValue } from '../../src/model/data';
import { SectionNav } from '../../src/app/components/SectionNav';
import * as formatDate from '../../src/app/lib/formatDate';
import { currentLinks as current, navAt } from './support/navAt';

// Every section link formats its count once per render: counting the calls counts link renders.
vi.mock('../../src/app/lib/formatDate', async (importOriginal) => {
  const original = await importOriginal<typeof formatDate>();
  return { ...original, formatCount: vi.fn(original.formatCount) };
});
const formatCount = vi.mocked(formatDate.formatCount);

const sections: FacetValue[] = [
  { slug: 'politics', name: 'Politics', count: 4282 },
  { slug: 'sport', name: 'Sport', count: 12 },
];

const site = (at: string, unread?: ReadonlyMap<string, number>) =>
  navAt(<SectionNav sections={sections} unread={unread} />, at);

beforeEach(() => formatCount.mockClear());

describe('SectionNav', () => {
  it('marks "Home" on the front page, and "Latest" on the latest list and its numbered pages, old addresses too', async () => {
    const { go } = site('/');
    expect(current()).toEqual(['/']);
    await go('/latest?sections=sport');
    expect(current()).toEqual(['/latest']);
    await go('/latest/page/2');
    expect(current()).toEqual(['/latest']);
    await go('/page/3');
    expect(current()).toEqual(['/latest']);
    await go('/articles/a-story');
    expect(screen.getByRole('link', { name: 'Latest' })).not.toHaveAttribute('aria-current');
    expect(current()).toEqual([]);
  });

  it('marks the section whose page is shown, under it too, and nothing for a longer slug', async () => {
    const { go } = site('/topics/politics');
    expect(current()).toEqual(['/topics/politics']);
    await go('/topics/politics/');
    expect(current()).toEqual(['/topics/politics']);
    await go('/topics/sports');
    expect(current()).toEqual([]);
  });

  it('shows totals, or unread counts where the reader has read in a section', () => {
    site('/', new Map([['sport', 3]]));
    expect(screen.getByRole('link', { name: 'Politics 4,282 articles' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sport 3 unread of 12 articles' })).toBeInTheDocument();
  });

  it('keeps room in each count for its widest form, so unread counts do not move the links', () => {
    site('/', new Map([['sport', 3]]));
    const rooms = [...document.querySelectorAll('[data-count-room]')].map((room) => room.textContent);
    // The same room, the total's digits in a badge, whether the section shows its total
    // (Politics) or an unread count (Sport).
    expect(rooms).toEqual(['4,282', '12']);
  });

  it('fades out and offers "More" when the sections run past the right edge, until scrolled to the end', async () => {
    const sizes = { scrollWidth: 900, clientWidth: 375, scrollLeft: 0 };
    for (const key of ['scrollWidth', 'clientWidth', 'scrollLeft'] as const) {
      vi.spyOn(Element.prototype, key, 'get').mockImplementation(function (this: Element) {
        return this.hasAttribute('data-sections-scroller') ? sizes[key] : 0;
      });
    }
    site('/');
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(await screen.findByRole('button', { name: 'More sections' })).toBeInTheDocument();
    expect(nav.querySelector('[data-more]')).not.toBeNull();
    sizes.scrollLeft = 525;
    act(() => {
      nav.querySelector('[data-sections-scroller]')!.dispatchEvent(new Event('scroll'));
    });
    expect(screen.queryByRole('button', { name: 'More sections' })).not.toBeInTheDocument();
    expect(nav.querySelector('[data-more]')).toBeNull();
    vi.restoreAllMocks();
  });

  it('shows no "More" when every section fits', () => {
    site('/');
    expect(screen.queryByRole('button', { name: 'More sections' })).not.toBeInTheDocument();
  });

  it('renders no section link again when only the filters in the URL change', async () => {
    const { go } = site('/latest');
    expect(formatCount).toHaveBeenCalledTimes(2);
    await go('/latest?sections=sport');
    await go('/latest?sections=sport&people=ann');
    expect(formatCount).toHaveBeenCalledTimes(2);
    await go('/topics/sport');
    expect(current()).toEqual(['/topics/sport']);
    // Only the two links whose state changed ("Latest" has no count; Sport has).
    expect(formatCount).toHaveBeenCalledTimes(3);
  });
});
