/**
 * A runtime.onMessage listener that answers asynchronously, on the browsers' native API: Chromium does
 * not take a listener's returned promise as its reply (the polyfill used to bridge that), so the reply
 * goes through `sendResponse`, and the listener returns true to keep the channel open. Firefox accepts
 * this form too. No reply (undefined): the listener returns nothing and another listener may answer.
 */
export type MessageReplier = (message: unknown) => Promise<unknown> | undefined;

export function replyWith(handler: MessageReplier) {
  return (message: unknown, _sender: unknown, sendResponse: (response?: unknown) => void): true | undefined => {
    const reply = handler(message);
    if (!reply) return undefined;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
}
