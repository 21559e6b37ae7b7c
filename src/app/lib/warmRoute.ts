// A link the reader points at starts loading its page's code as well as its data, so the click
// renders at once instead of first fetching a route chunk. Links sit below the router, so the
// router's entry installs how to warm a path (entry-client.tsx); until then warming does nothing.
let warmer: (path: string) => void = () => {};

export function setRouteWarmer(warm: (path: string) => void): void {
  warmer = warm;
}

/** Starts loading the code of the page at `path` (an app path, without the base path). */
export function warmRoute(path: string): void {
  warmer(path);
}
