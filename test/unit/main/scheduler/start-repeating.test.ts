import { afterEach, describe, expect, it, vi } from 'vitest';
import { startRepeating } from '../../../../src/main/scheduler/start-bill-scheduler';

afterEach(() => vi.useRealTimers());

describe('startRepeating', () => {
  it('runs at once and then every interval, never overlapping a slow pass, until stopped', async () => {
    vi.useFakeTimers();
    let running = 0;
    let most = 0;
    let runs = 0;
    let finish: (() => void) | undefined;
    const stop = startRepeating(() => {
      runs += 1;
      running += 1;
      most = Math.max(most, running);
      return new Promise<void>((resolve) => {
        finish = () => {
          running -= 1;
          resolve();
        };
      });
    }, 60_000);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(180_000);
    expect(runs).toBe(1);
    finish?.();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toBe(2);
    expect(most).toBe(1);
    stop();
    finish?.();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(runs).toBe(2);
  });
});
