import type { KeyboardEvent } from 'react';

/**
 * Esc leaves a search box, so the keyboard shortcuts (j, k, g h…) work again without reaching
 * for the mouse. An Esc that ends an input method's composition stays with the composition.
 */
export function leaveOnEscape(event: KeyboardEvent<HTMLInputElement>): void {
  if (event.key === 'Escape' && !event.nativeEvent.isComposing) event.currentTarget.blur();
}
