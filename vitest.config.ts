import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    // The heaviest tests (a 50 MB import, fourteen months of snapshots, the property runs)
    // take 5–15 s here; a loaded CI machine can be several times slower.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
