import { defineConfig } from 'vitest/config';

// Unit tests sit next to the code they test. End-to-end tests have their own config.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/integration/**/*.test.ts'],
    globalSetup: ['test/harness/build-node.ts'],
    testTimeout: 30_000,
  },
});
