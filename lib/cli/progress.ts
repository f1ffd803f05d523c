/** A progress bar on a terminal: redrawn in place at most ten times a second, then cleared. */
export class ProgressBar {
  #last = 0;
  #drawn = false;

  constructor(
    readonly write: (text: string) => void,
    readonly label: string,
    readonly width = 30,
  ) {}

  /** Show `done` of `total` bytes (`total` unknown: bytes only). */
  update(done: number, total: number | undefined): void {
    const now = Date.now();
    if (now - this.#last < 100) return;
    this.#last = now;
    this.#drawn = true;
    if (total === undefined || total <= 0) return this.write(`\r${this.label} ${megabytes(done)}`);
    const share = Math.min(1, done / total);
    const filled = Math.round(share * this.width);
    this.write(`\r${this.label} [${'#'.repeat(filled)}${'-'.repeat(this.width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${megabytes(done)} of ${megabytes(total)}`);
  }

  /** Clear the line, if anything was drawn. */
  done(): void {
    if (this.#drawn) this.write('\r\x1b[K');
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
