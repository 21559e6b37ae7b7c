import { useContext, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import {
  UNSAFE_DataRouterContext as DataRouterContext,
  UNSAFE_NavigationContext as NavigationContext,
} from 'react-router';

interface Props extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An absolute app path (routePaths), without the base path. */
  to: string;
}

/** A plain left click, which the app handles; anything else (new tab, download) is the browser's. */
function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return (
    event.button === 0 &&
    !event.metaKey &&
    !event.altKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.currentTarget.target
  );
}

/**
 * react-router's Link for absolute paths, minus its subscription to the location: a Link resolves
 * its path against the current route on every navigation, and a list shows dozens of them, so a
 * facet toggle re-rendered every row's links. This one reads only the router's navigator and base
 * path, which do not change, and so renders again only when its own props do. Like Link, a click on
 * a link to the page already shown replaces its history entry rather than adding one; the
 * location is read at the click, not subscribed to.
 */
export function PlainLink({ to, onClick, children, ...rest }: Props) {
  const { basename, navigator } = useContext(NavigationContext);
  const router = useContext(DataRouterContext)?.router;
  const href = basename === '/' ? to : `${basename}${to}`.replace(/\/\/+/g, '/');
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainClick(event)) return;
    event.preventDefault();
    // A data router's location keeps the base path, as the href does.
    const here = router?.state.location;
    if (here && `${here.pathname}${here.search}${here.hash}` === href) navigator.replace(to);
    else navigator.push(to);
  };
  return (
    <a {...rest} href={href} onClick={follow}>
      {children}
    </a>
  );
}
