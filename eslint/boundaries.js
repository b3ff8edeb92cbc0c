// The design's "never" arrows between Purse's parts, as a lint rule. An import is resolved
// against the importing file, so `../ledger/x` is judged by where it lands, not by its text.
import { dirname, relative, resolve, sep } from 'node:path';

/** Which parts each part may import (besides itself and packages). */
export const ALLOWED = {
  shared: [],
  gateway: ['shared'],
  ledger: ['shared'],
  main: ['shared', 'gateway'],
  preload: ['shared'],
  renderer: ['shared'],
  // The dev:web harness composes the gateway, the ledger and the UI in one page.
  'web-harness': ['shared', 'gateway', 'ledger', 'renderer'],
};

const WHY = {
  shared: 'src/shared is the contract every part depends on: it imports no part.',
  gateway: 'The gateway is pure TypeScript over injected ports: it imports only src/shared.',
  ledger: 'The ledger host knows only the contract: it imports only src/shared.',
  main: 'Main reaches the ledger through the RPC client, never its code.',
  preload: 'The preload builds window.purse from the contract and nothing else.',
  renderer: 'The UI goes through window.purse: it imports only src/shared.',
  'web-harness': 'The harness composes parts; it imports no Electron code.',
};

function partOf(file, root) {
  const parts = relative(root, file).split(sep);
  return parts[0] === 'src' && parts[1] in ALLOWED ? parts[1] : undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const root = context.cwd;
    const from = partOf(context.filename, root);
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = partOf(resolve(dirname(context.filename), source), root);
      if (!to || to === from || ALLOWED[from].includes(to)) return;
      context.report({ node, message: `src/${from} may not import src/${to}. ${WHY[from]}` });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.value),
    };
  },
};

export default { rules: { boundaries: rule } };
