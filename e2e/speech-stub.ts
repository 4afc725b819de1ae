import type { Page } from '@playwright/test';
import { createSpeechStub, type SpeechCall, type StubVoice } from '../src/islands/practice-player/speech-stub';

export type { SpeechCall, StubVoice };

/** A remote voice (as Chrome's "Google …" voices are) and a voice on the device. */
export const REMOTE_VOICE: StubVoice = { name: 'Cloud English', lang: 'en-US', localService: false, voiceURI: 'cloud-en' };
export const LOCAL_VOICE: StubVoice = { name: 'Device English', lang: 'en-GB', localService: true, voiceURI: 'device-en' };

/**
 * Replaces speechSynthesis before the page loads (headless Chromium has no voices) with the shared
 * stub (src/islands/practice-player/speech-stub.ts): the voice list arrives late, with voiceschanged,
 * as it does in Chrome; each utterance "ends" after a time that grows with its length, on the page's
 * clock (so Playwright's clock drives it); every call is logged in window.__speech.
 */
export async function stubSpeech(page: Page, voices: StubVoice[]): Promise<void> {
  await page.addInitScript({
    content: `(() => {
      const stub = (${createSpeechStub.toString()})(${JSON.stringify(voices)}, { autoEnd: true, arriveAfterMs: 200 });
      window.__speech = stub.calls;
      Object.defineProperty(window, 'speechSynthesis', { value: stub.synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: stub.Utterance, configurable: true });
    })();`,
  });
}

/** Everything the page asked of speechSynthesis so far. */
export function speechCalls(page: Page): Promise<SpeechCall[]> {
  return page.evaluate(() => (window as unknown as { __speech: SpeechCall[] }).__speech);
}

/** The words said so far, in order, without the silent primer. */
export async function spoken(page: Page): Promise<string[]> {
  return (await speechCalls(page)).flatMap((c) => (c.type === 'speak' && c.text ? [c.text] : []));
}
