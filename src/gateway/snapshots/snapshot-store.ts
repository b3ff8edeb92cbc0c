/** A snapshot file as the store lists it. */
export interface StoredSnapshot {
  readonly name: string;
  /** Bytes on disk. */
  readonly size: number;
}

/**
 * Where automatic snapshots live: files in the app's data folder, written by main (Node),
 * or the page's origin-private file system in dev:web. Names are ones the gateway made
 * (`snapshotNameSchema`), never a path. Injected, so the gateway stays free of node imports.
 */
export interface SnapshotStore {
  list(): Promise<StoredSnapshot[]>;
  /** Writes the whole file at once: a reader sees the old file or the new one, never half. */
  write(name: string, text: string): Promise<void>;
  read(name: string): Promise<string>;
  remove(name: string): Promise<void>;
}
