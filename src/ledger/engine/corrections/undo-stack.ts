/** How many operations can be undone: the newest, since the ledger was opened. */
export const UNDO_DEPTH = 50;

/**
 * The operations the person can undo and redo, newest last, by id (the operations
 * themselves are in the ledger), and the queue every correction runs in. Corrections sent
 * together (two undos, an edit and an undo) run one after another in the order they came,
 * so they end as they would one at a time, whatever IndexedDB interleaves.
 */
export class UndoStack {
  readonly #undo: string[] = [];
  readonly #redo: string[] = [];
  #queue: Promise<unknown> = Promise.resolve();

  /** Runs `work` once every correction sent before it has ended, landed or not. */
  serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(() => work());
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** A new operation: it can be undone, and what was undone can no longer be redone. */
  done(operationId: string): void {
    this.#undo.push(operationId);
    if (this.#undo.length > UNDO_DEPTH) this.#undo.shift();
    this.#redo.length = 0;
  }

  takeUndo(): string | undefined {
    return this.#undo.pop();
  }

  takeRedo(): string | undefined {
    return this.#redo.pop();
  }

  /** An undo landed as `recorded`: redoing it reverts that. */
  undone(recorded: string): void {
    this.#redo.push(recorded);
    if (this.#redo.length > UNDO_DEPTH) this.#redo.shift();
  }

  /** A redo landed as `recorded`: it can be undone again, and later redos stay. */
  redone(recorded: string): void {
    this.#undo.push(recorded);
    if (this.#undo.length > UNDO_DEPTH) this.#undo.shift();
  }

  /** A taken undo or redo failed: it goes back where it was. */
  putBackUndo(operationId: string): void {
    this.#undo.push(operationId);
  }

  putBackRedo(operationId: string): void {
    this.#redo.push(operationId);
  }

  peekUndo(): string | undefined {
    return this.#undo.at(-1);
  }

  peekRedo(): string | undefined {
    return this.#redo.at(-1);
  }
}
