import { defineConfig } from 'vitest/config';

// vitest 5 targets Node ≥ 22; its reporter calls Map.groupBy (Node 21+) when a test fails,
// which would hide the failure on this project's Node 20. Supply it for the runner process.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}

// Unit and fixture tests run in Node; browser tests (tests/browser) drive Debian's Chromium
// through playwright-core against the built app, so they get longer timeouts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
