/** How many operations can be undone: the newest, since the ledger was opened. */
export const UNDO_DEPTH = 50;

/** Which way a step walks: back through what was done, or forward through what was undone. */
export type Direction = 'undo' | 'redo';

/**
 * The operations the person can undo and redo, newest last, by id (the operations
 * themselves are in the ledger), and the queue every correction runs in. Corrections sent
 * together (two undos, an edit and an undo) run one after another in the order they came,
 * so they end as they would one at a time, whatever IndexedDB interleaves; so a step is only
 * taken off its stack once it has landed.
 */
export class UndoStack {
  readonly #steps: Record<Direction, string[]> = { undo: [], redo: [] };
  #queue: Promise<unknown> = Promise.resolve();

  /** Runs `work` once every correction sent before it has ended, landed or not. */
  serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(() => work());
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** A new operation: it can be undone, and what was undone can no longer be redone. */
  done(operationId: string): void {
    this.#push('undo', operationId);
    this.#steps.redo.length = 0;
  }

  /** The operation the next step in `direction` would revert. */
  peek(direction: Direction): string | undefined {
    return this.#steps[direction].at(-1);
  }

  /**
   * The newest step in `direction` landed as the operation `recorded`: walking the other
   * way reverts that (an undo's record is what a redo reverts, and the other way round).
   */
  moved(direction: Direction, recorded: string): void {
    this.#steps[direction].pop();
    this.#push(direction === 'undo' ? 'redo' : 'undo', recorded);
  }

  /** The newest step in `direction` can never land (its rows changed, or are gone): drop it. */
  discard(direction: Direction): void {
    this.#steps[direction].pop();
  }

  #push(direction: Direction, operationId: string): void {
    const steps = this.#steps[direction];
    steps.push(operationId);
    if (steps.length > UNDO_DEPTH) steps.shift();
  }
}
