/**
 * Soft cues synthesised with Web Audio (no audio files). The AudioContext is created only by
 * `unlockSound()`, which must be called from a user gesture (a click on Start), as browsers require.
 */
let context: AudioContext | null = null;

/** Creates or resumes the audio context; call inside a click or key handler. Safe where audio is missing. */
export function unlockSound(): void {
  try {
    const Ctor = globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctor) return;
    context ??= new Ctor();
    if (context.state === 'suspended') void context.resume();
  } catch {
    context = null;
  }
}

/** The kinds of cue: a two-note chime to end, a single soft bell, a short tone for phase changes. */
export type Cue = 'chime' | 'bell' | 'tone';

const CUES: Record<Cue, { freqs: number[]; seconds: number }> = {
  chime: { freqs: [528, 792], seconds: 2.4 },
  bell: { freqs: [440], seconds: 1.6 },
  tone: { freqs: [392], seconds: 0.6 },
};

/** Plays a cue at `volume` (0 to 1). Does nothing until `unlockSound()` has run, or where audio is missing. */
export function playCue(cue: Cue, volume: number): void {
  if (!context || volume <= 0) return;
  const { freqs, seconds } = CUES[cue];
  const start = context.currentTime + 0.02;
  freqs.forEach((freq, i) => {
    if (!context) return;
    const osc = context.createOscillator();
    const gain = context.createGain();
    const at = start + i * 0.35;
    osc.type = 'sine';
    osc.frequency.value = freq;
    // A soft attack and a long exponential fade: a bowl-like sound, never a beep.
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(Math.min(1, volume) * 0.3, at + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
    osc.connect(gain).connect(context.destination);
    osc.start(at);
    osc.stop(at + seconds + 0.05);
  });
}

/** Vibrates where the device supports it; silently does nothing elsewhere. */
export function vibrate(pattern: number | number[]): void {
  try {
    globalThis.navigator?.vibrate?.(pattern);
  } catch {
    // Unsupported or blocked: the visible cue still shows.
  }
}
