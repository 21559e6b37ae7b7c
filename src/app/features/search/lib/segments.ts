/** A run of text, marked when it matched the query. Always plain text, never markup. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Appends text, merging it into the previous run when both are marked or both are not. */
export function pushSegment(segments: Segment[], text: string, mark: boolean): void {
  if (!text) return;
  const last = segments[segments.length - 1];
  if (last && last.mark === mark) last.text += text;
  else segments.push({ text, mark });
}
