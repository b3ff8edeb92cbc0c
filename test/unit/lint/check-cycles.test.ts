import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collapse, cycles, importGraph, type Graph } from '../../../scripts/check-cycles';

const graph = (edges: Record<string, string[]>): Graph =>
  new Map(Object.entries(edges).map(([node, targets]) => [node, new Set(targets)]));

describe('scripts/check-cycles', () => {
  it('finds files that import each other, directly or round a loop, and a file importing itself', () => {
    expect(cycles(graph({ a: ['b'], b: ['c'], c: ['a'], d: ['a'], e: ['e'] }))).toEqual([
      ['a', 'b', 'c'],
      ['e'],
    ]);
    expect(cycles(graph({ a: ['b'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('finds features that reach each other though no two files do', () => {
    const files = graph({
      'pay/form': ['promotions/rules'],
      'promotions/dialog': ['pay/payee'],
      'pay/payee': [],
      'promotions/rules': [],
    });
    expect(cycles(files)).toEqual([]);
    expect(cycles(collapse(files, (file) => file.split('/')[0]))).toEqual([['pay', 'promotions']]);
  });

  it('reads the real source tree and finds no cycle at any level', () => {
    const src = join(import.meta.dirname, '..', '..', '..', 'src');
    const files = importGraph(src);
    expect(files.size).toBeGreaterThan(300);
    expect(cycles(files)).toEqual([]);
    const feature = (file: string) => /renderer\/features\/[^/]+/.exec(file)?.[0];
    expect(cycles(collapse(files, feature))).toEqual([]);
  });
});
