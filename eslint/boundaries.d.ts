import type { ESLint } from 'eslint';

export const ALLOWED: Readonly<Record<string, readonly string[]>>;
declare const plugin: ESLint.Plugin;
export default plugin;
