/**
 * The outcome of asking the browser for an origin, in words a manager can act on. A request can be
 * refused by the rep (no) or fail outright (Firefox rejects origins the manifest does not declare,
 * a request outside a click is rejected): the second used to vanish into an unhandled rejection.
 */
export type AccessOutcome = { granted: true } | { granted: false; failure?: string };

export async function askForAccess(request: () => Promise<boolean>): Promise<AccessOutcome> {
  try {
    return (await request()) ? { granted: true } : { granted: false };
  } catch (error) {
    const failure = error instanceof Error ? error.message : String(error);
    return { granted: false, failure: failure.slice(0, 300) || 'unknown error' };
  }
}
