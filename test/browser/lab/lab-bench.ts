/** Benchmarks run inside the page; filled in by bench/ (kept here so the lab has one entry). */
export const labBench = {};
