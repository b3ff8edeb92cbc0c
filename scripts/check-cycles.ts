// `npm run lint` runs this after ESLint: no import cycle between source files, between the
// UI's features (src/renderer/features/<name>), or between the app's parts (src/<part>).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export type Graph = ReadonlyMap<string, ReadonlySet<string>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

/** Every relative import (type-only ones too) of every .ts/.tsx file under `root`. */
export function importGraph(root: string): Graph {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(root)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = new Set<string>();
    for (const { fileName } of importedFiles) {
      const target = resolveImport(file, fileName);
      if (target) targets.add(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** The graph with each node replaced by its group; nodes with no group are left out. */
export function collapse(graph: Graph, groupOf: (node: string) => string | undefined): Graph {
  const grouped = new Map<string, Set<string>>();
  for (const [node, targets] of graph) {
    const from = groupOf(node);
    if (!from) continue;
    const edges = grouped.get(from) ?? new Set<string>();
    grouped.set(from, edges);
    for (const target of targets) {
      const to = groupOf(target);
      if (to && to !== from) edges.add(to);
    }
  }
  return grouped;
}

/** Strongly connected components of more than one node, or a node importing itself. */
export function cycles(graph: Graph): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    indexOf.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indexOf.get(next)!));
      }
    }
    if (low.get(node) !== indexOf.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.has(node)) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) visit(node);
  return found;
}

function main(): void {
  const root = join(import.meta.dirname, '..');
  const src = join(root, 'src');
  const graph = importGraph(src);
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const featureOf = (file: string) => /^src\/renderer\/features\/[^/]+/.exec(rel(file))?.[0];
  const partOf = (file: string) => /^src\/[^/]+/.exec(rel(file))?.[0];
  const levels = [
    ['files', cycles(graph).map((cycle) => cycle.map(rel))],
    ['features', cycles(collapse(graph, featureOf))],
    ['parts', cycles(collapse(graph, partOf))],
  ] as const;
  let failed = false;
  for (const [level, found] of levels) {
    for (const cycle of found) {
      failed = true;
      console.error(`Import cycle between ${level} (each reaches the others): ${cycle.join(', ')}`);
    }
  }
  console.log(`check-cycles: ${graph.size} files, ${failed ? 'cycles found' : 'no cycles'}`);
  if (failed) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
