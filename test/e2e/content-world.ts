import type { Page } from '@playwright/test';

/**
 * Evaluates `expression` in Playcard's content-script world of `page` (the isolated world Chrome
 * gives the extension there): what a compromised renderer can do, as Chrome's threat model says.
 */
export async function inContentScriptWorld(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: (typeof worlds)[number] }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((context) => context.auxData?.type === 'isolated' && context.origin.includes(extensionId));
  if (!world) throw new Error(`no content-script world among ${JSON.stringify(worlds)}`);
  const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as {
    result: { value?: unknown };
    exceptionDetails?: { exception?: { description?: string } };
  };
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'evaluation failed');
  return result.value;
}
