// What the header's search box loads when the reader turns to it: one module, so its code arrives
// as one file (the search page's chunk) rather than one per import.
export { warmSearchEngine } from '../engine/engine';
export { prefetchSearch } from './searchQueries';
