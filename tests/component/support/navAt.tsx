import { act, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';

/**
 * A navigation element rendered at a path of its own memory router, as the app's header renders it.
 * `go` navigates client-side; the element renders again before the navigation resolves, as a
 * reader would see it.
 */
export function navAt(element: ReactElement, at: string): { go: (to: string) => Promise<void> } {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [at] });
  render(<RouterProvider router={router} />);
  return { go: (to: string) => act(() => router.navigate(to)) };
}

/** The hrefs of the links marked as the page shown. */
export function currentLinks(): (string | null)[] {
  return screen
    .getAllByRole('link')
    .filter((link) => link.getAttribute('aria-current') === 'page')
    .map((link) => link.getAttribute('href'));
}
