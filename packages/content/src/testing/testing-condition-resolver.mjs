// The jest resolver of every workspace whose tests import @bergslaget/content/testing/*. The package
// exports those helpers only under the `testing` condition (package.json), which `next build` and the
// Studio's build never set, so production code cannot import them; tests ask for it here, TypeScript
// through `customConditions` in the consumers' tsconfigs (which checks tests and production alike:
// the ESLint rule against testing imports covers production code there).
// Jest's own option, testEnvironmentOptions.customExportConditions, would replace the conditions of
// the test environment (node: `node`; jsdom: `browser`) for every file of a config, including the
// web's node-environment files among its jsdom ones. Adding `testing` here keeps each file's own.

/** @type {import('jest-resolve').SyncResolver} */
export default function resolveWithTestingCondition(path, options) {
  return options.defaultResolver(path, { ...options, conditions: [...(options.conditions ?? []), 'testing'] })
}
