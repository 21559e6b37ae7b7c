import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildSiteData, type ArticleSpec } from './support/site';
import { memoryReader, renderApp } from './support/renderApp';

const us = ['United States'];
const specs: ArticleSpec[] = [
  { title: 'Chicago votes', date: '2025-06-08', places: ['Chicago'], within: { Chicago: [...us, 'Illinois'] } },
  {
    title: 'Fires near LA',
    date: '2025-06-07',
    places: ['Los Angeles'],
    within: { 'Los Angeles': [...us, 'California'] },
  },
  { title: 'Washington talks', date: '2025-06-06', places: ['United States'] },
  { title: 'Paris fashion', date: '2025-06-05', places: ['Paris'], within: { Paris: ['France'] } },
  {
    title: 'Springfield fair',
    date: '2025-06-04',
    places: ['Springfield', 'Illinois'],
    within: { Springfield: [...us, 'Illinois'], Illinois: us },
  },
];

const listed = () =>
  within(screen.getByRole('region', { name: 'Articles' }))
    .queryAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);

describe('places within places', () => {
  it('shows a city’s country and state as a breadcrumb that leads to the country', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/places/chicago', memoryReader(buildSiteData(specs)));
    const crumbs = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    expect(
      within(crumbs)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['United States ›', 'Illinois ›', 'Chicago']);
    await user.click(within(crumbs).getByRole('link', { name: 'United States' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/places/united-states'));
    expect(await screen.findByRole('heading', { level: 1, name: 'United States' })).toBeInTheDocument();
  });

  it('lists a country’s own articles with its cities’ and states’, and links its places', async () => {
    renderApp('/places/united-states', memoryReader(buildSiteData(specs)));
    await waitFor(() =>
      expect(listed()).toEqual(['Chicago votes', 'Fires near LA', 'Washington talks', 'Springfield fair']),
    );
    const places = screen.getByRole('navigation', { name: 'Places in United States' });
    expect(
      within(places)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Illinois', 'California', 'Chicago', 'Los Angeles', 'Springfield']);
    expect(screen.queryByRole('navigation', { name: 'Breadcrumb' })).toBeNull();
  });

  it('filters the latest list by a country, taking in its cities', async () => {
    renderApp('/latest?places=united-states', memoryReader(buildSiteData(specs)));
    await waitFor(() =>
      expect(listed()).toEqual(['Chicago votes', 'Fires near LA', 'Washington talks', 'Springfield fair']),
    );
  });
});
