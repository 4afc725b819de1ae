/**
 * A stand-in for the browser's speechSynthesis, for tests only: the unit tests (voice.test.ts) call
 * it directly, and the end-to-end tests (e2e/speech-stub.ts) put it into the page before it loads,
 * as headless Chromium has no voices. One stub, so both kinds of test mean the same thing by
 * "a voice on the device", "a late voice list" and "said".
 */

/** A voice as speechSynthesis.getVoices() lists it. */
export interface StubVoice {
  name: string;
  lang: string;
  localService: boolean;
  voiceURI: string;
}

/** What the page asked of the stub: say something (with which voice, how fast, how loud, and when), or stop. */
export type SpeechCall =
  | { type: 'speak'; text: string; voice: string | null; local: boolean | null; rate: number; volume: number; at: number }
  | { type: 'cancel' };

/** How the stub behaves. */
export interface StubOptions {
  /** Each utterance ends by itself after 300 ms plus 40 ms a character (else only finish() ends it). Default false. */
  autoEnd?: boolean;
  /** The voice list arrives this long after the stub is made, with voiceschanged; null: at once. Default null. */
  arriveAfterMs?: number | null;
}

/** The stub: put `synth` and `Utterance` where the page looks for them; read `calls`. */
export interface SpeechStub {
  synth: {
    getVoices(): StubVoice[];
    speak(u: { text: string }): void;
    cancel(): void;
    addEventListener(type: string, f: () => void): void;
    removeEventListener(type: string, f: () => void): void;
  };
  Utterance: new (text: string) => { text: string };
  calls: SpeechCall[];
  /** A new voice list arrives (voiceschanged). */
  arrive(list: StubVoice[]): void;
  /** The utterance being said comes to its end. */
  finish(): void;
}

/**
 * Makes the stub. It must stay self-contained (nothing from outside its body), because the
 * end-to-end tests send its source text into the page.
 */
export function createSpeechStub(voices: StubVoice[], options: StubOptions = {}): SpeechStub {
  const listeners = new Set<() => void>();
  const calls: SpeechCall[] = [];
  let available: StubVoice[] = options.arriveAfterMs == null ? voices : [];
  let timer: ReturnType<typeof setTimeout> | undefined;
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
  const arrive = (list: StubVoice[]) => {
    available = list;
    listeners.forEach((f) => f());
  };
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    getVoices: () => available,
    speak(u: Utterance) {
      calls.push({ type: 'speak', text: u.text, voice: u.voice?.name ?? null, local: u.voice?.localService ?? null, rate: u.rate, volume: u.volume, at: Date.now() });
      current = u;
      if (options.autoEnd) {
        timer = setTimeout(() => {
          if (current !== u) return;
          current = null;
          u.onend?.();
        }, 300 + u.text.length * 40);
      }
    },
    cancel() {
      calls.push({ type: 'cancel' });
      clearTimeout(timer);
      current = null;
    },
    pause() {},
    resume() {},
    addEventListener: (type: string, f: () => void) => void (type === 'voiceschanged' && listeners.add(f)),
    removeEventListener: (_type: string, f: () => void) => void listeners.delete(f),
  };
  if (options.arriveAfterMs != null) setTimeout(() => arrive(voices), options.arriveAfterMs);
  return {
    synth,
    Utterance,
    calls,
    arrive,
    finish: () => {
      const u = current;
      current = null;
      u?.onend?.();
    },
  } as SpeechStub;
}
