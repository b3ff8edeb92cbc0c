import { useEffect, useRef } from 'react';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { isLockShortcut } from '../../components/pin/pin-rules';
import { useLockNow } from '../../api/use-security';

/** At most one activity report per this many milliseconds. */
export const ACTIVITY_THROTTLE_MS = 30_000;

/**
 * Tells the gateway the person is here (a key press or a click, at most every 30 s), so the
 * idle timer restarts; a report that finds the app already locked refetches the status.
 */
export function useActivityReports(): void {
  const { mutate } = usePurseMutation('security.activity');
  const last = useRef(0);
  useEffect(() => {
    const report = () => {
      const now = Date.now();
      if (now - last.current < ACTIVITY_THROTTLE_MS) return;
      last.current = now;
      mutate(undefined);
    };
    const options = { capture: true, passive: true } as const;
    window.addEventListener('keydown', report, options);
    window.addEventListener('pointerdown', report, options);
    return () => {
      window.removeEventListener('keydown', report, options);
      window.removeEventListener('pointerdown', report, options);
    };
  }, [mutate]);
}

/** Ctrl+L (⌘L on a Mac) locks Purse from anywhere, inside text fields too. */
export function useLockShortcut(): void {
  const { mutate } = useLockNow();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isLockShortcut(event) || event.repeat) return;
      event.preventDefault();
      event.stopPropagation();
      mutate(undefined);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [mutate]);
}
