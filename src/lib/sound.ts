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

/**
 * The kinds of cue: a two-note chime to end and a single soft bell; and for spoken practices, a rising
 * pair to begin, a soft note for each cue, a rising question for each check-in, and for pendulation a
 * lower note going toward a visit and a falling pair coming back to ease, so each kind can be told
 * apart with the eyes closed.
 */
export type Cue = 'chime' | 'bell' | 'begin' | 'note' | 'ask' | 'toward' | 'back';

const CUES: Record<Cue, { freqs: number[]; seconds: number }> = {
  chime: { freqs: [528, 792], seconds: 2.4 },
  bell: { freqs: [440], seconds: 1.6 },
  begin: { freqs: [330, 494], seconds: 2 },
  note: { freqs: [440], seconds: 1.2 },
  ask: { freqs: [494, 659], seconds: 1.4 },
  toward: { freqs: [330], seconds: 1.2 },
  back: { freqs: [494, 392], seconds: 1.4 },
};

/** Rings `cue` at `at` (seconds on the context's clock) into `out`; returns its oscillators. */
function ring(ctx: AudioContext, out: AudioNode, cue: Cue, at: number, volume: number): OscillatorNode[] {
  const { freqs, seconds } = CUES[cue];
  return freqs.map((freq, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    const from = at + i * 0.35;
    osc.type = 'sine';
    osc.frequency.value = freq;
    // A soft attack and a long exponential fade: a bowl-like sound, never a beep.
    gain.gain.setValueAtTime(0.0001, from);
    gain.gain.exponentialRampToValueAtTime(Math.min(1, volume) * 0.3, from + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, from + seconds);
    osc.connect(gain).connect(out);
    osc.start(from);
    osc.stop(from + seconds + 0.05);
    return osc;
  });
}

/** Plays a cue at `volume` (0 to 1). Does nothing until `unlockSound()` has run, or where audio is missing. */
export function playCue(cue: Cue, volume: number): void {
  if (!context || volume <= 0) return;
  ring(context, context.destination, cue, context.currentTime + 0.02, volume);
}

/** A cue to play `inSeconds` from now. */
export interface TimedCue {
  readonly cue: Cue;
  readonly inSeconds: number;
}

/**
 * Schedules cues ahead on the audio clock, which keeps time in a background tab where timers are
 * slowed. Returns a function that fades out and removes every cue still to come (on pause or stop).
 * Does nothing until `unlockSound()` has run, or where audio is missing.
 */
export function scheduleCues(cues: readonly TimedCue[], volume: number): () => void {
  const ctx = context;
  if (!ctx || volume <= 0 || cues.length === 0) return () => undefined;
  const bus = ctx.createGain();
  bus.connect(ctx.destination);
  const start = ctx.currentTime + 0.02;
  const oscillators = cues.flatMap(({ cue, inSeconds }) => ring(ctx, bus, cue, start + Math.max(0, inSeconds), volume));
  return () => {
    const now = ctx.currentTime;
    // A short fade rather than a click, then the nodes go.
    bus.gain.setValueAtTime(bus.gain.value, now);
    bus.gain.linearRampToValueAtTime(0, now + 0.15);
    for (const osc of oscillators) {
      try {
        osc.stop(now + 0.2);
      } catch {
        // Already stopped.
      }
    }
    setTimeout(() => bus.disconnect(), 400);
  };
}

/** Vibrates where the device supports it; silently does nothing elsewhere. */
export function vibrate(pattern: number | number[]): void {
  try {
    globalThis.navigator?.vibrate?.(pattern);
  } catch {
    // Unsupported or blocked: the visible cue still shows.
  }
}
