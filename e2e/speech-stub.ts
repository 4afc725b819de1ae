import type { Page } from '@playwright/test';

/** A voice the stub offers, as speechSynthesis.getVoices() lists it. */
export interface StubVoice {
  name: string;
  lang: string;
  localService: boolean;
  voiceURI: string;
}

/** A remote voice (as Chrome's "Google …" voices are) and a voice on the device. */
export const REMOTE_VOICE: StubVoice = { name: 'Cloud English', lang: 'en-US', localService: false, voiceURI: 'cloud-en' };
export const LOCAL_VOICE: StubVoice = { name: 'Device English', lang: 'en-GB', localService: true, voiceURI: 'device-en' };

/** What the page asked the stub to do: say something (with which voice), or stop. */
export type SpeechCall = { type: 'speak'; text: string; voice: string | null; local: boolean | null } | { type: 'cancel' };

/**
 * Replaces speechSynthesis before the page loads (headless Chromium has no voices): the voice list
 * arrives late, with voiceschanged, as it does in Chrome; each utterance "ends" after a time that
 * grows with its length, on the page's clock (so Playwright's clock drives it); every call is logged.
 */
export async function stubSpeech(page: Page, voices: StubVoice[]): Promise<void> {
  await page.addInitScript((list: StubVoice[]) => {
    const calls: unknown[] = [];
    (window as unknown as { __speech: unknown[] }).__speech = calls;
    const listeners = new Set<() => void>();
    let available: StubVoice[] = [];
    let timer = 0;
    let current: { onend: (() => void) | null } | null = null;
    class Utterance {
      voice: StubVoice | null = null;
      lang = '';
      rate = 1;
      volume = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    }
    const synth = {
      speaking: false,
      pending: false,
      paused: false,
      onvoiceschanged: null,
      getVoices: () => available,
      speak(u: Utterance) {
        calls.push({ type: 'speak', text: u.text, voice: u.voice?.name ?? null, local: u.voice?.localService ?? null });
        current = u;
        timer = window.setTimeout(() => {
          if (current !== u) return;
          current = null;
          u.onend?.();
        }, 300 + u.text.length * 40);
      },
      cancel() {
        calls.push({ type: 'cancel' });
        window.clearTimeout(timer);
        current = null;
      },
      pause() {},
      resume() {},
      addEventListener: (type: string, f: () => void) => type === 'voiceschanged' && listeners.add(f),
      removeEventListener: (_type: string, f: () => void) => listeners.delete(f),
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    window.setTimeout(() => {
      available = list;
      listeners.forEach((f) => f());
    }, 200);
  }, voices);
}

/** Everything the page asked of speechSynthesis so far. */
export function speechCalls(page: Page): Promise<SpeechCall[]> {
  return page.evaluate(() => (window as unknown as { __speech: SpeechCall[] }).__speech);
}

/** The words said so far, in order, without the silent primer. */
export async function spoken(page: Page): Promise<string[]> {
  return (await speechCalls(page)).flatMap((c) => (c.type === 'speak' && c.text ? [c.text] : []));
}
