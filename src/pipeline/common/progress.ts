// Progress lines with counts and an ETA, so a long stage of a 100,000-article build is never
// silent. A stage that ends within its first seconds prints none: its own log line is enough.
export interface Progress {
  tick(done: number): void;
}

/** Seconds a stage runs before its first progress line, and between lines. */
const QUIET_MS = 2000;

export function progress(label: string, total: number, quiet: boolean): Progress {
  const started = Date.now();
  let lastPrint = started;
  return {
    tick(done) {
      const now = Date.now();
      if (quiet || done >= total || now - lastPrint < QUIET_MS) return;
      lastPrint = now;
      const rate = done / ((now - started) / 1000);
      const eta = rate > 0 ? `, ETA ${Math.round((total - done) / rate)}s` : '';
      process.stderr.write(`${label}: ${done}/${total} (${Math.round(rate)}/s${eta})\n`);
    },
  };
}
