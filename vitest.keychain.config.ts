import { defineConfig } from 'vitest/config';

/** keytar against a real Secret Service; run through scripts/test-keychain.sh. */
export default defineConfig({
  test: {
    include: ['test/keychain/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // keychain-faults kills and restarts the keyring daemon: no other file may run meanwhile.
    fileParallelism: false,
  },
});
