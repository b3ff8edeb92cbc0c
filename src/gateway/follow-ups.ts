/**
 * Work that follows an answer without delaying it: a payment answers as soon as the ledger
 * has committed, and its notification and budget alerts run afterwards. A failure is
 * logged, never turned into a failed payment.
 */
export interface FollowUps {
  run(label: string, work: () => Promise<unknown>): void;
  /** Resolves once every follow-up started so far has finished. */
  idle(): Promise<void>;
}

export function createFollowUps(
  report: (label: string, error: unknown) => void = (label, error) =>
    console.error(`${label} failed`, error),
): FollowUps {
  const running = new Set<Promise<unknown>>();
  return {
    run(label, work) {
      const task = Promise.resolve()
        .then(work)
        .catch((error: unknown) => report(label, error))
        .finally(() => running.delete(task));
      running.add(task);
    },
    async idle() {
      while (running.size) await Promise.allSettled([...running]);
    },
  };
}
