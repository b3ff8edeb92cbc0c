import { resolve } from 'node:path';
import type { App } from 'electron';
import type { PayRequestEvent } from '../../shared/events';
import { formatPaymentRequest, parsePaymentRequest } from '../../shared/payment-request';

export const PAYMENT_SCHEME = 'purse';

type LinkApp = Pick<App, 'setAsDefaultProtocolClient' | 'on'>;

export interface PaymentLinkOptions {
  readonly app: LinkApp;
  /** The command line Purse started with (Windows and Linux pass a clicked link there). */
  readonly argv: readonly string[];
  /** Set when run as `electron .` in development: the OS must start Electron with the app. */
  readonly devLaunch?: { readonly execPath: string; readonly appPath: string };
  /** Shows the window and hands the UI what main made of a link: never the raw link. */
  readonly deliver: (event: PayRequestEvent) => void;
}

/** What main knows of how it was started: Electron's `process`. */
export interface LaunchedProcess {
  /** True when run as `electron <app folder>` (development), not as the packaged app. */
  readonly defaultApp?: boolean;
  readonly execPath: string;
  readonly argv: readonly string[];
}

/**
 * How the OS must start Purse in development: Electron with the app folder as an absolute
 * path. `process.argv[1]` is often "." there, which a link clicked later, from another
 * working directory, could not find.
 */
export function devLaunchOf(
  launched: LaunchedProcess,
  cwd: string,
): PaymentLinkOptions['devLaunch'] | undefined {
  const appPath = launched.argv[1];
  if (!launched.defaultApp || !appPath || appPath.startsWith('-')) return undefined;
  return { execPath: launched.execPath, appPath: resolve(cwd, appPath) };
}

/** The first `purse:` argument on a command line, if any. */
export function paymentLinkIn(argv: readonly string[]): string | undefined {
  return argv.find((arg) => /^purse:/i.test(arg));
}

/** What the UI is told about a link: its checked, canonical form, or why it was refused. */
export function payRequestEventOf(link: string): PayRequestEvent {
  const parsed = parsePaymentRequest(link);
  return parsed.ok
    ? { kind: 'request', link: formatPaymentRequest(parsed.request) }
    : { kind: 'refused', problem: parsed.problem };
}

/**
 * Makes Purse the OS's handler of `purse://` links and routes each link it is given — at
 * start (argv), from a second launch (`second-instance`, Windows and Linux) or from macOS
 * (`open-url`) — through the parser to the UI's pay sheet. It never pays by itself.
 */
export function registerPaymentLinks(options: PaymentLinkOptions): void {
  const { app, deliver } = options;
  if (options.devLaunch) {
    app.setAsDefaultProtocolClient(PAYMENT_SCHEME, options.devLaunch.execPath, [
      options.devLaunch.appPath,
    ]);
  } else {
    app.setAsDefaultProtocolClient(PAYMENT_SCHEME);
  }
  const handle = (link: string) => deliver(payRequestEventOf(link));

  app.on('open-url', (event, url) => {
    event.preventDefault();
    handle(url);
  });
  app.on('second-instance', (_event, argv) => {
    const link = paymentLinkIn(argv);
    if (link) handle(link);
  });
  const atStart = paymentLinkIn(options.argv);
  if (atStart) handle(atStart);
}
