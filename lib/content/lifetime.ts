/**
 * Lifetimes as abort signals: the content script's own (ended when the extension is updated,
 * reloaded or removed), and under it one per page view. Whatever a lifetime starts (effects,
 * listeners, observers) is disposed through its signal, so nothing outlives the record it was for.
 */
import { effect } from '@preact/signals';

/** A controller that aborts with `parent`, and forgets `parent` once it ended on its own (no listener piles up). */
export function childController(parent: AbortSignal): AbortController {
  const child = new AbortController();
  if (parent.aborted) {
    child.abort();
    return child;
  }
  const abortChild = () => child.abort();
  parent.addEventListener('abort', abortChild, { once: true });
  child.signal.addEventListener('abort', () => parent.removeEventListener('abort', abortChild), { once: true });
  return child;
}

/** Runs `callback` when `signal` aborts (at once if it already has). */
export function onAbort(signal: AbortSignal, callback: () => void): void {
  if (signal.aborted) callback();
  else signal.addEventListener('abort', callback, { once: true });
}

/** A signals effect that lives as long as `signal`. */
export function effectUntil(signal: AbortSignal, run: () => void): void {
  if (signal.aborted) return;
  onAbort(signal, effect(run));
}

/**
 * Calls `save` with `read()`'s value each time it changes, not with the value it starts from
 * (which was just loaded), for as long as `signal` lives.
 */
export function saveOnChange<T>(signal: AbortSignal, read: () => T, save: (value: T) => void): void {
  let first = true;
  effectUntil(signal, () => {
    const value = read();
    if (first) first = false;
    else save(value);
  });
}
