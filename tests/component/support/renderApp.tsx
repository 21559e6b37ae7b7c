import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'react-dom';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { DataError, setDataReader } from '../../../src/app/lib/fetchData';
import { createQueryClient } from '../../../src/app/lib/queryClient';
import { routes } from '../../../src/app/router';

export type Reader = (path: string) => Promise<unknown>;

/** A reader over in-memory files that answers a missing path the way HTTP would: 404. */
export function memoryReader(files: ReadonlyMap<string, unknown>, reads: string[] = []): Reader {
  return async (path) => {
    reads.push(path);
    if (!files.has(path)) throw new DataError(path, 404);
    // A copy, as a fresh fetch would give.
    return structuredClone(files.get(path));
  };
}

/**
 * The whole app (routes, layout, react-query) at `path`, reading data through `reader`. Failed
 * reads are not retried unless `retry` asks for the app's own retries.
 */
export function renderApp(path: string, reader: Reader, { retry = false }: { retry?: boolean } = {}) {
  setDataReader(reader);
  const queryClient = createQueryClient({ retry });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      {/* As react-router/dom's RouterProvider (entry-client) does: updates that ask for it commit with the URL. */}
      <RouterProvider router={router} flushSync={(update) => void flushSync(update)} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient, user };
}
