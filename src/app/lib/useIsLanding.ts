import { useLocation } from 'react-router';

/**
 * Whether this is the address the visit began at (typed, bookmarked, linked from elsewhere)
 * rather than one the app navigated to. React Router keys the first location 'default' and
 * every later one afresh, back and forward included. A missing file at the landing address is
 * a real "not found"; after an in-app link it is a fault worth trying again.
 */
export function useIsLanding(): boolean {
  return useLocation().key === 'default';
}
