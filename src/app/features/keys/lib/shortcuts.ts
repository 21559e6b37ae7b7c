// Every key the reader answers to, as the help overlay lists them.
export interface Shortcut {
  /** Keys pressed in turn, e.g. ['g', 'h']. */
  keys: string[];
  description: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['j'], description: 'Next article (in a list, or on an article page)' },
  { keys: ['k'], description: 'Previous article' },
  { keys: ['o'], description: 'Open the selected article' },
  { keys: ['Enter'], description: 'Open the selected article' },
  { keys: ['u'], description: 'Back to the list' },
  { keys: ['m'], description: 'Mark the article read or unread' },
  { keys: ['s'], description: 'Save the article, or remove it from Saved' },
  { keys: ['/'], description: 'Search' },
  { keys: ['g', 'h'], description: 'Go to the front page' },
  { keys: ['g', 's'], description: 'Go to saved articles' },
  { keys: ['?'], description: 'Show this list of keys' },
  { keys: ['Esc'], description: 'Close this list' },
];

/** Keys typed into a field are text, never commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return (
    target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement
  );
}
