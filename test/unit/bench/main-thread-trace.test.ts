import { describe, expect, it } from 'vitest';
import { mainThreadReport } from '../../../bench/renderer/main-thread-trace';

const thread = (pid: number, tid: number, name: string) => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const task = (tid: number, ts: number, ms: number) => ({
  name: 'RunTask',
  ph: 'X',
  pid: 1,
  tid,
  ts,
  dur: ms * 1000,
});
const frame = (ts: number) => ({ name: 'DrawFrame', ph: 'I', pid: 1, tid: 3, ts });

describe('the main thread read from a DevTools trace', () => {
  it('counts only the page’s main-thread tasks over 50 ms as long', () => {
    const report = mainThreadReport([
      thread(1, 1, 'CrRendererMain'),
      thread(1, 2, 'Compositor'),
      task(1, 0, 12),
      task(1, 20_000, 50),
      task(1, 80_000, 51),
      task(1, 200_000, 120),
      // A long task on another thread is not the page's.
      task(2, 0, 300),
    ]);
    expect(report.longTasks).toBe(2);
    expect(report.longestTaskMs).toBe(120);
  });

  it('reads the time between frames drawn, whatever order the events came in', () => {
    const report = mainThreadReport([
      thread(1, 1, 'CrRendererMain'),
      frame(50_000),
      frame(0),
      frame(16_000),
      frame(33_000),
    ]);
    expect(report.frames).toBe(4);
    expect(report.frameP50Ms).toBe(17);
    expect(report.frameMaxMs).toBe(17);
  });

  it('reports nothing long when the trace holds no tasks', () => {
    expect(mainThreadReport([])).toMatchObject({ longTasks: 0, longestTaskMs: 0, frames: 0 });
  });
});
