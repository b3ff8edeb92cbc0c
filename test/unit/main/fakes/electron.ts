/**
 * Small hand-written fakes of the parts of `electron` that main and the preloads use.
 * Tests mock the module with `vi.mock('electron', () => import('./fakes/electron'))`-style
 * factories and inspect what the code under test did to these fakes.
 */
import { EventEmitter } from 'node:events';
import { MessageChannel, type MessagePort as NodeMessagePort } from 'node:worker_threads';
import { vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

let nextId = 1;

export function fakeFrame(url: string, parent: FakeFrame | null = null): FakeFrame {
  const id = nextId++;
  return { url, parent, processId: 100 + id, routingId: id };
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  mainFrame: FakeFrame = fakeFrame('about:blank');
  windowOpenHandler: WindowOpenHandler | undefined;
  destroyed = false;
  readonly postMessage = vi.fn();
  readonly reload = vi.fn();
  /** What main sent this page unasked (webContents.send), in order. */
  readonly sent: { channel: string; args: unknown[] }[] = [];
  loading = false;

  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isLoading(): boolean {
    return this.loading;
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Simulates an event that a listener may cancel; returns whether it was prevented. */
  dispatchCancelable(name: string, ...args: unknown[]): boolean {
    const event = { defaultPrevented: false, preventDefault: vi.fn() };
    event.preventDefault.mockImplementation(() => {
      event.defaultPrevented = true;
    });
    this.emit(name, event, ...args);
    return event.defaultPrevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn((url: string) => {
    this.webContents.mainFrame = fakeFrame(url);
    return Promise.resolve();
  });
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  get webPreferences(): Record<string, unknown> {
    return this.options['webPreferences'] as Record<string, unknown>;
  }
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
  }
}

type Listener = (...args: never[]) => unknown;

export class FakeSession extends EventEmitter {
  onBeforeRequest: Listener | undefined;
  onHeadersReceived: Listener | undefined;
  permissionRequestHandler: Listener | undefined;
  permissionCheckHandler: Listener | undefined;
  devicePermissionHandler: Listener | undefined;
  readonly protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  readonly setSpellCheckerEnabled = vi.fn();

  readonly webRequest = {
    onBeforeRequest: (listener: Listener) => {
      this.onBeforeRequest = listener;
    },
    onHeadersReceived: (listener: Listener) => {
      this.onHeadersReceived = listener;
    },
  };
  readonly protocol = {
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
      this.protocolHandlers.set(scheme, handler);
    },
  };
  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Listener): void {
    this.devicePermissionHandler = handler;
  }
}

type InvokeHandler = Parameters<IpcMain['handle']>[1];

export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  readonly handle: IpcMain['handle'] = (channel, handler) => {
    if (this.handlers.has(channel)) throw new Error(`Second handler for ${channel}`);
    this.handlers.set(channel, handler);
  };
  readonly removeHandler: IpcMain['removeHandler'] = (channel) => {
    this.handlers.delete(channel);
  };
  /** What ipcRenderer.invoke would get back from main. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return (await handler(event as IpcMainInvokeEvent, ...args)) as unknown;
  }
}

type MessageListener = (event: { data: unknown; ports: unknown[] }) => void;
type AnyListener = Parameters<EventEmitter['on']>[1];

/** Electron's MessagePortMain, over a real Node MessagePort so that data is really cloned. */
export class FakeMessagePortMain extends EventEmitter {
  private readonly wrapped = new Map<MessageListener, (data: unknown) => void>();
  readonly start = vi.fn(() => this.port.start());

  constructor(readonly port: NodeMessagePort) {
    super();
    port.on('close', () => this.emit('close'));
  }
  override on(event: string, listener: AnyListener): this {
    if (event !== 'message') return super.on(event, listener);
    const onData = (data: unknown) => (listener as MessageListener)({ data, ports: [] });
    this.wrapped.set(listener as MessageListener, onData);
    this.port.on('message', onData);
    return this;
  }
  override off(event: string, listener: AnyListener): this {
    if (event !== 'message') return super.off(event, listener);
    const onData = this.wrapped.get(listener as MessageListener);
    if (onData) this.port.off('message', onData);
    return this;
  }
  postMessage(message: unknown): void {
    this.port.postMessage(message);
  }
  close(): void {
    this.port.close();
  }
}

export class FakeMessageChannelMain {
  static instances: FakeMessageChannelMain[] = [];
  readonly node = new MessageChannel();
  readonly port1 = new FakeMessagePortMain(this.node.port1);
  readonly port2 = new FakeMessagePortMain(this.node.port2);
  constructor() {
    FakeMessageChannelMain.instances.push(this);
  }
}

export class FakeApp extends EventEmitter {
  isPackaged = true;
  hasLock = true;
  readonly enableSandbox = vi.fn();
  readonly quit = vi.fn();
  readonly requestSingleInstanceLock = vi.fn(() => this.hasLock);
  readonly setAsDefaultProtocolClient = vi.fn((_scheme: string) => true);
  private ready: (() => void) | undefined;
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.ready = resolve;
  });
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  becomeReady(): void {
    this.ready?.();
  }
  getName(): string {
    return 'Purse';
  }
  getLocale(): string {
    return 'zh-CN';
  }
  getVersion(): string {
    return '0.1.0';
  }
  getAppPath(): string {
    return '/opt/purse';
  }
  getPath(_name: string): string {
    return '/home/me/.config/Purse';
  }
}

/** One fake electron module; `resetFakeElectron()` gives each test a fresh one. */
export const fake = {
  app: new FakeApp(),
  ipcMain: new FakeIpcMain(),
  defaultSession: new FakeSession(),
  partitions: new Map<string, FakeSession>(),
  registerSchemesAsPrivileged: vi.fn<(schemes: unknown) => void>(),
  /** No keychain by default, so nothing is ever written to disk by accident. */
  safeStorage: {
    isEncryptionAvailable: vi.fn(() => false),
    getSelectedStorageBackend: vi.fn(() => 'unknown'),
    encryptString: vi.fn((plain: string) => Buffer.from(plain)),
    decryptString: vi.fn((sealed: Buffer) => sealed.toString()),
  },
  openExternal: vi.fn<(url: string) => Promise<void>>(() => Promise.resolve()),
  /** The OS save dialog: closed without a choice unless a test answers with a path. */
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>(
    () => Promise.resolve({ canceled: true }),
  ),
};

export function resetFakeElectron(): void {
  fake.app = new FakeApp();
  fake.ipcMain = new FakeIpcMain();
  fake.defaultSession = new FakeSession();
  fake.partitions = new Map();
  fake.registerSchemesAsPrivileged.mockClear();
  fake.openExternal.mockClear();
  fake.showSaveDialog.mockReset();
  fake.showSaveDialog.mockImplementation(() => Promise.resolve({ canceled: true }));
  FakeBrowserWindow.instances = [];
  for (const channel of FakeMessageChannelMain.instances) {
    channel.node.port1.close();
    channel.node.port2.close();
  }
  FakeMessageChannelMain.instances = [];
}

function fromPartition(partition: string): FakeSession {
  let session = fake.partitions.get(partition);
  if (!session) {
    session = new FakeSession();
    fake.partitions.set(partition, session);
  }
  return session;
}

/** An image built from representations, as the tray icon is. */
export class FakeNativeImage {
  readonly representations: { scaleFactor: number; dataURL: string }[] = [];
  template = false;
  addRepresentation(options: { scaleFactor: number; dataURL: string }): void {
    this.representations.push(options);
  }
  setTemplateImage(option: boolean): void {
    this.template = option;
  }
}

/** The tray icon and its menu, as main set them up. */
export class FakeTray {
  static instances: FakeTray[] = [];
  tooltip = '';
  menu: { label?: string; type?: string; click?: () => void }[] = [];
  destroyed = false;
  constructor(readonly image: unknown) {
    FakeTray.instances.push(this);
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setContextMenu(menu: { label?: string; type?: string; click?: () => void }[]): void {
    this.menu = menu;
  }
  on(): void {}
  destroy(): void {
    this.destroyed = true;
  }
  click(label: string): void {
    this.menu.find((item) => item.label === label)?.click?.();
  }
}

/** OS notifications shown by main, in order. */
export class FakeNotification {
  static shown: { title: string; body: string }[] = [];
  static isSupported(): boolean {
    return true;
  }
  constructor(private readonly options: { title: string; body: string }) {}
  show(): void {
    FakeNotification.shown.push(this.options);
  }
  on(): void {}
}

/** The module that `vi.mock('electron', …)` returns. Getters, so a reset is seen. */
export const electronModule = {
  get app() {
    return fake.app;
  },
  get ipcMain() {
    return fake.ipcMain;
  },
  session: {
    get defaultSession() {
      return fake.defaultSession;
    },
    fromPartition,
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown) => fake.registerSchemesAsPrivileged(schemes),
  },
  dialog: {
    showSaveDialog: (...args: unknown[]) => fake.showSaveDialog(...args),
  },
  shell: {
    openExternal: (url: string) => fake.openExternal(url),
  },
  get safeStorage() {
    return fake.safeStorage;
  },
  // Linux has no Touch ID: these exist only on macOS, so the fake leaves them out.
  systemPreferences: {},
  Notification: FakeNotification,
  Tray: FakeTray,
  Menu: { buildFromTemplate: (template: unknown) => template },
  nativeImage: { createEmpty: () => new FakeNativeImage() },
  BrowserWindow: FakeBrowserWindow,
  MessageChannelMain: FakeMessageChannelMain,
};
