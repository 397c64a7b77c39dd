import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExtensionLifetime, LIFETIME_PORT, type LifetimeRuntime } from '../../lib/content/extension-context';

/** A runtime whose `id` can vanish (an update or reload) and whose ports can be disconnected by hand. */
function fakeRuntime() {
  const ports: { name: string; disconnect: () => void; drop: () => void; disconnected: boolean }[] = [];
  const runtime = {
    id: 'abcdefghijklmnopabcdefghijklmnop' as string | undefined,
    connect({ name }: { name: string }) {
      const listeners: (() => void)[] = [];
      const port = {
        name,
        disconnected: false,
        onDisconnect: { addListener: (callback: () => void) => void listeners.push(callback) },
        disconnect: () => void (port.disconnected = true),
        /** What the browser does when the other end goes (service worker stopped, extension gone). */
        drop: () => listeners.forEach((listener) => listener()),
      };
      ports.push(port);
      return port;
    },
  };
  return { runtime, ports };
}

const started: { lifetime: ExtensionLifetime; runtime: { id?: string } }[] = [];
function lifetimeOver(runtime: LifetimeRuntime & { id?: string }): ExtensionLifetime {
  const lifetime = new ExtensionLifetime(() => runtime, document);
  started.push({ lifetime, runtime });
  return lifetime;
}

afterEach(() => {
  vi.useRealTimers();
  // End every lifetime, so no test's document listeners outlive it.
  for (const { lifetime, runtime } of started.splice(0)) {
    runtime.id = undefined;
    lifetime.check();
  }
});

describe('ExtensionLifetime', () => {
  it('says nothing to the page when it starts', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    lifetimeOver(fakeRuntime().runtime);
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
  });

  it('cannot be ended by any event the page dispatches, WXT’s start handshake included', () => {
    const { runtime } = fakeRuntime();
    const lifetime = lifetimeOver(runtime);
    const forged = `${runtime.id}:salesforce:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(forged, { detail: { contentScriptName: 'salesforce', messageId: 'forged' } }));
    window.dispatchEvent(new MessageEvent('message', { data: { type: forged, contentScriptName: 'salesforce', messageId: 'forged' } }));
    document.dispatchEvent(new Event('pointerdown'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(lifetime.signal.aborted).toBe(false);
  });

  it('ends at the rep’s next action in the tab once the extension is gone', () => {
    const { runtime } = fakeRuntime();
    const lifetime = lifetimeOver(runtime);
    runtime.id = undefined;
    expect(lifetime.signal.aborted).toBe(false);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(lifetime.signal.aborted).toBe(true);
    expect(lifetime.check()).toBe(false);
  });

  it('ends when its port to the background disconnects because the extension went', () => {
    const { runtime, ports } = fakeRuntime();
    const lifetime = lifetimeOver(runtime);
    lifetime.watch();
    lifetime.watch();
    expect(ports.map((port) => port.name)).toEqual([LIFETIME_PORT]);
    runtime.id = undefined;
    ports[0]!.drop();
    expect(lifetime.signal.aborted).toBe(true);
  });

  it('a service worker going idle closes the port but ends nothing; the port comes back with the next talk to the background', () => {
    vi.useFakeTimers();
    const { runtime, ports } = fakeRuntime();
    const lifetime = lifetimeOver(runtime);
    lifetime.watch();
    ports[0]!.drop();
    vi.runAllTimers();
    expect(lifetime.signal.aborted).toBe(false);
    expect(ports).toHaveLength(1);
    lifetime.watch();
    expect(ports).toHaveLength(2);
  });

  it('a disconnect that comes a moment before the id goes is confirmed by a second look', () => {
    vi.useFakeTimers();
    const { runtime, ports } = fakeRuntime();
    const lifetime = lifetimeOver(runtime);
    lifetime.watch();
    ports[0]!.drop();
    runtime.id = undefined;
    expect(lifetime.signal.aborted).toBe(false);
    vi.runAllTimers();
    expect(lifetime.signal.aborted).toBe(true);
  });

  it('lets go of its port and stops watching the page when it ends', () => {
    const { runtime, ports } = fakeRuntime();
    const lifetime = lifetimeOver(runtime);
    lifetime.watch();
    runtime.id = undefined;
    expect(lifetime.check()).toBe(false);
    expect(ports[0]!.disconnected).toBe(true);
    const connect = vi.spyOn(runtime, 'connect');
    lifetime.watch();
    expect(connect).not.toHaveBeenCalled();
  });
});
