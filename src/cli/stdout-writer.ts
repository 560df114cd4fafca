/**
 * Standard output for commands that stream results: process.stdout with back-pressure, and a
 * reader that goes away (`| head`) ending the run quietly instead of with an EPIPE stack trace.
 */
export class StdoutWriter {
  closed = false;

  constructor() {
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      this.closed = true;
    });
  }

  async write(chunk: string): Promise<void> {
    if (this.closed) return;
    if (process.stdout.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        process.stdout.off('drain', done);
        process.stdout.off('error', done);
        resolve();
      };
      process.stdout.on('drain', done);
      process.stdout.on('error', done);
    });
  }
}
