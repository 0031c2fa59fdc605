import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Pyodide-backed suites each boot an interpreter; two cores run two at a time comfortably.
    maxWorkers: 2,
    // Made once, before any suite boots Pyodide on it: the standard library as the site ships it.
    globalSetup: ['tests/unit/setup-stdlib.ts'],
  },
});
