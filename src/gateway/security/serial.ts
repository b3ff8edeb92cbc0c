/**
 * Runs work one at a time, in the order it was asked for: attempts at one secret (the PIN,
 * recovery codes) are each decided before the next is looked at, however many arrive at once.
 */
export function serial(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const next = tail.then(work);
    tail = next.catch(() => undefined);
    return next;
  };
}
