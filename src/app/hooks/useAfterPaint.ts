import { useEffect, useState } from 'react';

/**
 * False in the render where `value` changes, true again once the browser has painted that
 * render: a requestAnimationFrame callback runs just before the paint, a task queued from it
 * just after. True from the first render, so hydration and server output agree.
 *
 * React's useDeferredValue is not enough here: its background render usually runs before the
 * browser paints, so the frame waits for it anyway.
 */
export function useAfterPaint(value: unknown): boolean {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (painted === value) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(value));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted, value]);
  return painted === value;
}
