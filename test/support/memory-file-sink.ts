import type { FileSink, SaveRequest } from '../../src/gateway/file-sink';

export interface SavedFile {
  readonly request: SaveRequest;
  /** Every write, in order; a single chunk is never split or joined. */
  readonly writes: string[];
  state: 'open' | 'finished' | 'aborted';
}

/** A FileSink for tests: records each file; `answer` decides whether the dialog is closed. */
export class MemoryFileSink implements FileSink {
  readonly files: SavedFile[] = [];
  answer: 'save' | 'close' = 'save';
  /** Makes the n-th write (1-based, across files) fail like a full disk. */
  failOnWrite: number | undefined;
  #writes = 0;

  choose(request: SaveRequest) {
    if (this.answer === 'close') return Promise.resolve(null);
    const file: SavedFile = { request, writes: [], state: 'open' };
    this.files.push(file);
    return Promise.resolve({
      write: (text: string) => {
        this.#writes += 1;
        if (this.#writes === this.failOnWrite) return Promise.reject(new Error('ENOSPC'));
        if (file.state !== 'open') return Promise.reject(new Error('closed'));
        file.writes.push(text);
        return Promise.resolve();
      },
      finish: () => {
        file.state = 'finished';
        return Promise.resolve();
      },
      abort: () => {
        file.state = 'aborted';
        file.writes.length = 0;
        return Promise.resolve();
      },
    });
  }

  text(index = 0): string {
    return this.files[index]?.writes.join('') ?? '';
  }
}
