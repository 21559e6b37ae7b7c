import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/app/lib/fetchData';
import { buildSiteData, numberedSpecs } from './support/site';
import { memoryReader, renderApp, type Reader } from './support/renderApp';

/** A reader whose answers for one path wait until released. */
function heldReader(inner: Reader, heldPath: string) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const reader: Reader = async (path) => {
    if (path === heldPath) await gate;
    return inner(path);
  };
  return { reader, release };
}

/** A reader that fails `times` reads of one path with a server error, then recovers. */
function flakyReader(inner: Reader, failingPath: string, times = 1): Reader {
  let failures = 0;
  return async (path) => {
    if (path === failingPath && failures < times) {
      failures++;
      throw new DataError(path, 503);
    }
    return inner(path);
  };
}

describe('loading and error states', () => {
  it('shows a loading state while the list loads, then the rows', async () => {
    const { reader, release } = heldReader(memoryReader(buildSiteData(numberedSpecs(3))), 'chunks/0.json');
    renderApp('/latest', reader);
    expect(await screen.findByRole('status')).toHaveTextContent('Loading articles…');
    expect(screen.queryByRole('link', { name: 'Story 1' })).not.toBeInTheDocument();
    release();
    expect(await screen.findByRole('link', { name: 'Story 1' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows a loading state while an article loads', async () => {
    const { reader, release } = heldReader(memoryReader(buildSiteData(numberedSpecs(1))), 'articles/story-1.json');
    renderApp('/articles/story-1', reader);
    expect(await screen.findByRole('status')).toHaveTextContent('Loading article…');
    release();
    expect(await screen.findByRole('heading', { level: 1, name: 'Story 1' })).toBeInTheDocument();
  });

  it('shows an error with a retry button when the list fails, and recovers on retry', async () => {
    const reader = flakyReader(memoryReader(buildSiteData(numberedSpecs(3))), 'chunks/0.json');
    const { user } = renderApp('/latest', reader);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('HTTP 503');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Story 1' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a page-level error when the site manifest fails, and recovers on retry', async () => {
    const reader = flakyReader(memoryReader(buildSiteData(numberedSpecs(3))), 'manifest.json');
    const { user } = renderApp('/latest', reader);
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Story 1' })).toBeInTheDocument();
  });

  it('shows an error with retry when an article fails for a reason other than not found', async () => {
    const reader = flakyReader(memoryReader(buildSiteData(numberedSpecs(1))), 'articles/story-1.json');
    const { user } = renderApp('/articles/story-1', reader);
    expect(await screen.findByRole('alert')).toHaveTextContent('This article could not be loaded');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Story 1' })).toBeInTheDocument();
  });

  it('shows an error with retry when a filter’s postings fail', async () => {
    const reader = flakyReader(memoryReader(buildSiteData(numberedSpecs(3))), 'facets/sections/world.json');
    const { user } = renderApp('/latest?sections=world', reader);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Story 1' })).toBeInTheDocument();
  });
});
