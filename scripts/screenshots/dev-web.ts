import { spawn } from 'node:child_process';

/** Where the screenshot tool finds dev:web (PURSE_WEB_PORT moves it, as for the e2e tests). */
export const DEV_WEB_PORT = Number(process.env.PURSE_WEB_PORT ?? 5317);
export const DEV_WEB_ORIGIN = `http://127.0.0.1:${DEV_WEB_PORT}`;

async function isUp(): Promise<boolean> {
  try {
    return (await fetch(DEV_WEB_ORIGIN)).ok;
  } catch {
    return false;
  }
}

/** Reuses a running dev:web, or starts one and waits for it; returns how to stop what it started. */
export async function startDevWeb(): Promise<() => void> {
  if (await isUp()) return () => undefined;
  const child = spawn(
    'npx',
    ['vite', '--config', 'vite.web.config.ts', '--port', String(DEV_WEB_PORT), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  // Detached, so that its group (npx and vite) can be stopped as one.
  const stop = () => {
    if (child.pid) process.kill(-child.pid);
  };
  for (let i = 0; i < 120; i += 1) {
    if (await isUp()) return stop;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`dev:web did not start on ${DEV_WEB_ORIGIN}`);
}
