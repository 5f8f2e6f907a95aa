import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-scratch.ts'],
    testTimeout: 60_000,
    // Hooks that import the fixtures through the CLI take seconds; a loaded 2-core CI machine needs room.
    hookTimeout: 60_000,
  },
});
