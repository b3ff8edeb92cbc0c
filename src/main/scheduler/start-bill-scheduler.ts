/**
 * Runs `tick` now and then every `intervalMs` (a minute in the app), one at a time: a slow
 * pass is never overlapped by the next. Returns a function that stops it.
 */
export function startRepeating(tick: () => Promise<unknown>, intervalMs: number): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    tick()
      .catch((error: unknown) => console.error('Scheduled work failed', error))
      .finally(() => {
        running = false;
      });
  };
  run();
  const timer = setInterval(run, intervalMs);
  return () => clearInterval(timer);
}
