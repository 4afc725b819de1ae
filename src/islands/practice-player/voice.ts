/**
 * Spoken guidance with the browser's speech synthesis, using only voices that run on the device
 * (`localService === true`): a remote voice would send the words to a server, and Chrome's remote
 * voices also stop after about 14 seconds. Loaded by a dynamic import only when the voice is on.
 * Platform notes (../shared/toolchain.md, "Speech synthesis"): the voice list can arrive late
 * (`voiceschanged`); iOS speaks only after a tap, so `prime()` runs inside the Start tap; `pause()`
 * is unreliable (Android cancels, Windows Chrome never resumes), so a pause cancels and a resume
 * speaks the cue again from its start.
 */

/** A voice the reader can choose: only ever a local one. */
export interface VoiceChoice {
  readonly uri: string;
  readonly name: string;
  readonly lang: string;
}

/** The parts of speechSynthesis we use; a stub satisfies it in tests. */
export type Synth = Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel' | 'addEventListener' | 'removeEventListener'>;

/** The device's speech synthesis, or null where there is none. */
export function deviceSynth(): Synth | null {
  return typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined' ? null : speechSynthesis;
}

/** The voices that keep the words on the device, English ones first, then the rest, each group as listed. */
export function localVoices(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice[] {
  const local = voices.filter((v) => v.localService === true);
  return [...local.filter((v) => /^en\b/i.test(v.lang)), ...local.filter((v) => !/^en\b/i.test(v.lang))];
}

/** The voice to use: the saved one if it is still here and local, else the first local English one, else none. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], savedUri: string | null): SpeechSynthesisVoice | null {
  const local = localVoices(voices);
  return local.find((v) => v.voiceURI === savedUri) ?? local[0] ?? null;
}

/** How long to wait for a voice list before saying there is no voice (it may still arrive later). */
export const VOICE_WAIT_MS = 2000;

/**
 * Reports the local voices now if the list is there, on every `voiceschanged`, and, if nothing has
 * come after VOICE_WAIT_MS, an empty list (the player then runs with sound and text). Returns a stop function.
 */
export function watchVoices(synth: Synth | null, report: (local: VoiceChoice[]) => void): () => void {
  if (!synth) {
    report([]);
    return () => undefined;
  }
  let heard = false;
  const read = () => {
    const all = synth.getVoices();
    if (all.length === 0) return;
    heard = true;
    report(localVoices(all).map((v) => ({ uri: v.voiceURI, name: v.name, lang: v.lang })));
  };
  synth.addEventListener('voiceschanged', read);
  read();
  const timer = setTimeout(() => heard || report([]), VOICE_WAIT_MS);
  return () => {
    clearTimeout(timer);
    synth.removeEventListener('voiceschanged', read);
  };
}

/** How to say something: its sentences, the rate, and the rest between sentences. */
export interface Saying {
  readonly sentences: readonly string[];
  /** speechSynthesis rate (1 is the voice's usual speed). */
  readonly rate: number;
  readonly gapMs: number;
}

/** Says things with one local voice. */
export interface Speaker {
  /** Inside a tap: an empty, silent utterance, so iOS lets speech play later. */
  prime(): void;
  /** Says the sentences one by one, resting between them, after anything already being said. */
  say(saying: Saying): void;
  /** Stops at once and forgets what was waiting. */
  cancel(): void;
}

/**
 * A speaker for the local voice `uri` (or the first local voice). When there is no local voice it
 * says nothing at all: it never lets the browser fall back to its default voice, which may be remote.
 */
export function createSpeaker(synth: Synth | null, uri: string | null): Speaker {
  const voice = () => (synth ? pickVoice(synth.getVoices(), uri) : null);
  let queue: { text: string; rate: number; gapMs: number }[] = [];
  let busy = false;
  // Utterances are kept referenced until they end: Chrome drops the end event of one that was collected.
  let current: SpeechSynthesisUtterance | null = null;
  let wait = 0;

  const next = () => {
    const item = queue.shift();
    const v = voice();
    if (!item || !v || !synth) {
      busy = false;
      return;
    }
    busy = true;
    const u = new SpeechSynthesisUtterance(item.text);
    u.voice = v;
    u.lang = v.lang;
    u.rate = item.rate;
    u.volume = 1;
    const done = () => {
      if (current !== u) return;
      current = null;
      wait = window.setTimeout(next, queue.length ? item.gapMs : 0);
    };
    u.onend = done;
    u.onerror = done;
    current = u;
    try {
      synth.speak(u);
    } catch {
      // A speech engine that fails must never hold up the session: the words are on screen too.
      current = null;
      busy = false;
    }
  };

  return {
    prime() {
      const v = voice();
      if (!synth || !v) return;
      try {
        const u = new SpeechSynthesisUtterance('');
        u.voice = v;
        u.volume = 0;
        synth.speak(u);
      } catch {
        // As in say(): the session starts whatever the speech engine does.
      }
    },
    say({ sentences, rate, gapMs }) {
      queue.push(...sentences.map((text) => ({ text, rate, gapMs })));
      if (!busy) next();
    },
    cancel() {
      queue = [];
      busy = false;
      current = null;
      clearTimeout(wait);
      synth?.cancel();
    },
  };
}
