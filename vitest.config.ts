import { defineConfig } from 'vitest/config';

// Unit and fixture tests run in Node; browser tests (tests/browser) drive Debian's Chromium
// through playwright-core against the built app, so they get longer timeouts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
