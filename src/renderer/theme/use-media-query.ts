import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches, following it live (OS dark mode). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

export function useSystemDark(): boolean {
  return useMediaQuery('(prefers-color-scheme: dark)');
}
