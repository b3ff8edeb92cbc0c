import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { App } from 'electron';
import { devLaunchOf, registerPaymentLinks } from '../../../../src/main/protocol/payment-links';

vi.mock('electron', () => ({}));

function linkApp() {
  const app = new EventEmitter() as EventEmitter & {
    setAsDefaultProtocolClient: ReturnType<typeof vi.fn>;
  };
  app.setAsDefaultProtocolClient = vi.fn(() => true);
  return app;
}

describe('purse:// registration', () => {
  it('registers the packaged app by itself', () => {
    const app = linkApp();
    const launch = devLaunchOf(
      { defaultApp: false, execPath: '/opt/Purse/purse', argv: ['/opt/Purse/purse'] },
      '/home/me',
    );
    registerPaymentLinks({
      app: app as unknown as App,
      argv: [],
      devLaunch: launch,
      deliver: () => undefined,
    });
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledExactlyOnceWith('purse');
  });

  it('registers Electron with the absolute app folder in development, so a link clicked later finds it', () => {
    const app = linkApp();
    const launch = devLaunchOf(
      {
        defaultApp: true,
        execPath: '/work/purse/node_modules/electron/dist/electron',
        argv: ['/work/purse/node_modules/electron/dist/electron', '.'],
      },
      '/work/purse',
    );
    expect(launch).toEqual({
      execPath: '/work/purse/node_modules/electron/dist/electron',
      appPath: '/work/purse',
    });
    registerPaymentLinks({
      app: app as unknown as App,
      argv: [],
      devLaunch: launch,
      deliver: () => undefined,
    });
    expect(app.setAsDefaultProtocolClient).toHaveBeenCalledExactlyOnceWith(
      'purse',
      '/work/purse/node_modules/electron/dist/electron',
      ['/work/purse'],
    );
  });

  it('does not take a flag for the app folder', () => {
    expect(
      devLaunchOf(
        { defaultApp: true, execPath: 'electron', argv: ['electron', '--inspect'] },
        '/x',
      ),
    ).toBeUndefined();
  });

  it('opens a link the OS started Purse with while it was closed', () => {
    const app = linkApp();
    const deliver = vi.fn();
    registerPaymentLinks({
      app: app as unknown as App,
      argv: ['C:\\Purse\\Purse.exe', 'purse://pay?merchant=A&amount=1&currency=CNY'],
      deliver,
    });
    expect(deliver).toHaveBeenCalledExactlyOnceWith({
      kind: 'request',
      link: 'purse://pay?merchant=A&amount=1.00&currency=CNY',
    });
  });
});
