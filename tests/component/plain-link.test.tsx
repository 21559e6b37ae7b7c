import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo, Profiler } from 'react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PlainLink } from '../../src/app/components/PlainLink';

let rowRenders = 0;
// A memoised row, as list rows are: it renders again only if something inside it asks to.
const Row = memo(function Row() {
  return (
    <Profiler id="row" onRender={() => rowRenders++}>
      <PlainLink to="/articles/b/">Story B</PlainLink>
    </Profiler>
  );
});

function site(basename?: string) {
  rowRenders = 0;
  const routes = [
    {
      path: '/',
      element: (
        <>
          <Row />
          <Outlet />
        </>
      ),
      children: [
        { index: true, element: <p>Home</p> },
        { path: 'articles/b/', element: <p>Page B</p> },
      ],
    },
  ];
  const start = basename ? `${basename}/` : '/';
  const router = createMemoryRouter(routes, { initialEntries: [start], basename });
  render(<RouterProvider router={router} />);
  return router;
}

describe('PlainLink', () => {
  it('links under the base path and navigates client-side on a plain click', async () => {
    const router = site('/news');
    const link = screen.getByRole('link', { name: 'Story B' });
    expect(link).toHaveAttribute('href', '/news/articles/b/');
    await userEvent.click(link);
    expect(await screen.findByText('Page B')).toBeInTheDocument();
    // A data router's location keeps the base path.
    expect(router.state.location.pathname).toBe('/news/articles/b/');
  });

  it('replaces the history entry when the link is to the page already shown, as Link does', async () => {
    const router = site('/news');
    await userEvent.click(screen.getByRole('link', { name: 'Story B' }));
    expect(await screen.findByText('Page B')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Story B' }));
    expect(router.state.historyAction).toBe('REPLACE');
    await router.navigate(-1);
    expect(await screen.findByText('Home')).toBeInTheDocument();
  });

  it('leaves modified clicks (new tab, new window) to the browser', async () => {
    const router = site();
    const user = userEvent.setup();
    await user.keyboard('{Control>}');
    await user.click(screen.getByRole('link', { name: 'Story B' }));
    await user.keyboard('{/Control}');
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByText('Home')).toBeInTheDocument();
  });

  it('does not render again when the location changes', async () => {
    const router = site();
    expect(rowRenders).toBe(1);
    await router.navigate('/articles/b/');
    expect(await screen.findByText('Page B')).toBeInTheDocument();
    await router.navigate('/?sections=sport');
    expect(await screen.findByText('Home')).toBeInTheDocument();
    expect(rowRenders).toBe(1);
  });
});
