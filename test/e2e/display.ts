/**
 * Real key presses for the keyboard-shortcut test. Extension commands are browser accelerators:
 * CDP's synthetic key events go straight to the page and never reach them, and headless Chromium
 * has no accelerators at all. So the test runs a headed Chromium on a virtual X display (Xvfb) and
 * presses keys there with xdotool, as the X server would deliver them from a keyboard.
 */
import { execFileSync, spawn } from 'node:child_process';

export interface VirtualDisplay {
  /** The DISPLAY value, e.g. `:99`. */
  display: string;
  stop(): void;
}

const MISSING = 'the shortcut test needs Xvfb and xdotool (Debian: apt-get install -y xvfb xdotool)';

export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  // -displayfd: Xvfb picks a free display number and writes it to stdout once it accepts clients.
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1440x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const display = await new Promise<string>((resolve, reject) => {
    xvfb.stdout.once('data', (data: Buffer) => resolve(`:${String(data).trim()}`));
    xvfb.once('error', (error) => reject(new Error(`${MISSING}: ${error.message}`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return { display, stop: () => xvfb.kill() };
}

/** Presses a key chord (xdotool syntax, e.g. `alt+shift+y`) on the display's focused window. */
export function pressKeys(display: string, chord: string): void {
  try {
    execFileSync('xdotool', ['key', '--clearmodifiers', chord], { env: { ...process.env, DISPLAY: display }, stdio: 'pipe' });
  } catch (error) {
    throw new Error(`${MISSING}: ${(error as Error).message}`);
  }
}
