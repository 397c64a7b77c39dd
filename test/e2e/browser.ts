/**
 * Launching Debian's Chromium with the built extension, for e2e tests, the demo and the bench.
 * Playwright cannot download its own browser here, so CHROMIUM_PATH (default /usr/bin/chromium) is used.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

export const EXTENSION_DIR = path.resolve(process.env.PLAYCARD_EXTENSION_DIR ?? '.output/chrome-mv3');

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped 0-f → a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  withExtension?: boolean;
  /** Further unpacked extensions loaded beside Playcard (the bench's do-nothing floor). */
  alsoLoad?: string[];
  /** The browser's UI language, e.g. `de`: the extension's messages, Intl formats and Accept-Language follow it. */
  language?: string;
  /** An X display for a headed browser (see display.ts). */
  display?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

function extensionFlags(dirs: string[]): string[] {
  return [`--disable-extensions-except=${dirs.join(',')}`, `--load-extension=${dirs.join(',')}`];
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const extensionDir = path.resolve(options.extensionDir ?? EXTENSION_DIR);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'playcard-profile-'));
  const withExtension = options.withExtension ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    // Chromium on Linux takes its UI language from LANGUAGE (given the locale's .pak, from
    // chromium-l10n); --lang sets the extension messages' locale even without it.
    ...(options.language ? { locale: options.language } : {}),
    env: {
      ...process.env,
      ...(options.language ? { LANGUAGE: options.language.replace('-', '_') } : {}),
      ...(options.display ? { DISPLAY: options.display } : {}),
    },
    args: [
      ...(options.language ? [`--lang=${options.language}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(withExtension ? extensionFlags([extensionDir, ...(options.alsoLoad ?? []).map((dir) => path.resolve(dir))]) : []),
    ],
  });
  return {
    context,
    extensionId: unpackedExtensionId(extensionDir),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
