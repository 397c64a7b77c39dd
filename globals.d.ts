/** Build-time flag: true only in test builds made for the accessibility scan. */
declare const __PLAYCARD_OPEN_SHADOW__: boolean;
/** Build-time flag: true only in `npm run bench` builds, which leave performance marks. */
declare const __PLAYCARD_BENCH__: boolean;

/** addons-linter ships no types; scripts/check-store.ts uses only createInstance().run(). */
declare module 'addons-linter' {
  const linter: { createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<unknown> } };
  export default linter;
}
