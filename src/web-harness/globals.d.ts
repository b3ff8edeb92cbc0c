/** Injected by vite.web.config.ts from package.json. */
declare const __PURSE_VERSION__: string;
