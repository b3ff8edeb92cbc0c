import * as bench from '../../../bench/in-page';

/** Benchmarks that run inside the page, driven by `npm run bench`. */
export const labBench = bench;
