import type { SnapshotStore, StoredSnapshot } from '../../src/gateway/snapshots/snapshot-store';

/** A SnapshotStore in memory; `holdWrites` keeps each write waiting until `release()`. */
export class MemorySnapshotStore implements SnapshotStore {
  readonly files = new Map<string, string>();
  holdWrites = false;
  #held: (() => void)[] = [];

  list(): Promise<StoredSnapshot[]> {
    return Promise.resolve(
      [...this.files].map(([name, text]) => ({
        name,
        size: new TextEncoder().encode(text).length,
      })),
    );
  }

  async write(name: string, text: string): Promise<void> {
    if (this.holdWrites) await new Promise<void>((resolve) => this.#held.push(resolve));
    this.files.set(name, text);
  }

  read(name: string): Promise<string> {
    const text = this.files.get(name);
    return text === undefined ? Promise.reject(new Error('ENOENT')) : Promise.resolve(text);
  }

  remove(name: string): Promise<void> {
    this.files.delete(name);
    return Promise.resolve();
  }

  /** Lets every held write finish. */
  release(): void {
    this.holdWrites = false;
    for (const resolve of this.#held.splice(0)) resolve();
  }
}
