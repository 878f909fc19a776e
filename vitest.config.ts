import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The suite runs on a noisy 2-core CI machine: no timing assertions, generous timeouts
    // for the end-to-end tests that start a fake platform on 127.0.0.1.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    reporters: ['default'],
  },
});
