/**
 * The layers of `src/core`, lowest first. A folder may import only from layers below it, and only
 * through that folder's `index.ts`; `types.ts` is below everything, and `src/core/index.ts` (the
 * door adapters use) is above everything. tests/core/boundary.test.ts reads every import and holds
 * the code to this; the README prints the same order. Kept beside the test: no code runs on it.
 */
export const CORE_LAYERS = [
  'types.ts',
  'reply',
  'schedule',
  'corpus',
  'search',
  'timeline',
  'verify',
  'library',
  'commands',
] as const;
