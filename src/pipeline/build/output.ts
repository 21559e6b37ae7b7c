// The CLI's way out. Through a pipe stdout writes can be asynchronous, so exiting straight after a
// write loses whatever the reader has not taken yet (the catalog stopped at 64 KiB); and a reader
// that leaves early (`| head -1`) makes the next write fail with EPIPE, which is not an error of ours.
const streams = [process.stdout, process.stderr];
const gone = new Set<NodeJS.WriteStream>();

/** Call once at start: from then on a closed pipe only ends that stream's output, quietly. */
export function toleratePipeClose(): void {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      gone.add(stream);
    });
  }
}

/** Resolves once `text` is handed to the reader, or the reader has gone. */
export function writeOut(text: string): Promise<void> {
  return write(process.stdout, text);
}

/** Exits with `code` once everything written so far has reached its reader. */
export async function exitWhenFlushed(code: number): Promise<never> {
  await Promise.all(streams.map((stream) => write(stream, '')));
  process.exit(code);
}

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (gone.has(stream) || stream.destroyed) return Promise.resolve();
  // Writes complete in order, so this callback also waits for every earlier write.
  return new Promise((resolve) => stream.write(text, () => resolve()));
}
