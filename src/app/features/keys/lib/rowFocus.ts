// The list "cursor" for j and k lives in the DOM: rows carry data-article-row, and the current
// one data-current. Buttons in a row carry data-action, so a key presses the same button a
// mouse or a finger would.

const ROW = '#main [data-article-row]';

export function listRows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(ROW)];
}

export function currentRow(): HTMLElement | null {
  const focused =
    document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>(ROW) : null;
  return focused ?? document.querySelector<HTMLElement>(`${ROW}[data-current]`);
}

export function rowLink(row: HTMLElement): HTMLAnchorElement | null {
  return row.querySelector<HTMLAnchorElement>('h2 a, h3 a');
}

export function selectRow(row: HTMLElement): void {
  for (const other of document.querySelectorAll<HTMLElement>('[data-article-row][data-current]')) {
    if (other !== row) delete other.dataset.current;
  }
  row.dataset.current = 'true';
  (rowLink(row) ?? row).focus();
}

/** Moves the cursor by `step` rows; the first j (or k) selects the first row. */
export function moveRow(step: 1 | -1): boolean {
  const rows = listRows();
  if (rows.length === 0) return false;
  const current = currentRow();
  const index = current ? rows.indexOf(current) : -1;
  const next = index < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, index + step));
  selectRow(rows[next]!);
  return true;
}

/** The row whose article the keys act on, when a list row is selected. */
export function selectedRow(): HTMLElement | null {
  return listRows().length > 0 ? currentRow() : null;
}

export function pressAction(scope: ParentNode, action: 'read' | 'save'): boolean {
  const button = scope.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  button?.click();
  return button !== null;
}

/** Waits for an element that a route change is about to render, for up to about a second. */
export function whenPresent<T extends Element>(find: () => T | null, then: (element: T) => void): void {
  let frames = 0;
  const look = () => {
    const element = find();
    if (element) then(element);
    else if (frames++ < 60) requestAnimationFrame(look);
  };
  look();
}
