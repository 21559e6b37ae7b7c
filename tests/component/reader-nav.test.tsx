// The header's links to the reader's own pages: the one for the page shown is marked current,
// as react-router's NavLink marked it, and the mark follows client-side navigation.
import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { ReaderNav } from '../../src/app/layout/ReaderNav';
import { currentLinks as current, navAt } from './support/navAt';

const site = (at: string) => navAt(<ReaderNav />, at);

it('marks the reader page shown, pages below it and other cases of its address too, and nothing elsewhere', async () => {
  const { go } = site('/saved');
  expect(current()).toEqual(['/saved']);
  expect(screen.getByRole('link', { name: 'Saved' }).className).toContain('underline decoration-2');
  await go('/History');
  expect(current()).toEqual(['/history']);
  await go('/settings/');
  expect(current()).toEqual(['/settings']);
  await go('/latest');
  expect(current()).toEqual([]);
  await go('/savedsearch');
  expect(current()).toEqual([]);
});
