// Progress lines with counts and an ETA, so a 100,000-article build is never silent.
export interface Progress {
  tick(done: number): void;
  end(): void;
}

export function progress(label: string, total: number, quiet: boolean): Progress {
  const started = Date.now();
  let lastPrint = 0;
  const print = (done: number) => {
    const elapsed = (Date.now() - started) / 1000;
    const rate = done / Math.max(elapsed, 0.001);
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    process.stderr.write(`${label}: ${done}/${total} (${Math.round(rate)}/s, ETA ${eta}s)\n`);
  };
  return {
    tick(done) {
      if (quiet || total < 2000) return;
      const now = Date.now();
      if (now - lastPrint >= 2000) {
        lastPrint = now;
        print(done);
      }
    },
    end() {
      if (!quiet) process.stderr.write(`${label}: ${total} done in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
    },
  };
}
