import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in AudioContext that records when each oscillator starts and stops. */
class FakeContext {
  static last: FakeContext;
  state = 'running';
  currentTime = 100;
  destination = {};
  started: { freq: number; at: number }[] = [];
  stopped: number[] = [];
  constructor() {
    FakeContext.last = this;
  }
  resume() {
    return Promise.resolve();
  }
  createGain() {
    return { gain: { value: 1, setValueAtTime() {}, exponentialRampToValueAtTime() {}, linearRampToValueAtTime() {} }, connect: (n: unknown) => n, disconnect() {} };
  }
  createOscillator() {
    const ctx = this;
    const osc = {
      type: '',
      frequency: { value: 0 },
      connect: (n: unknown) => n,
      start: (at: number) => ctx.started.push({ freq: osc.frequency.value, at: Math.round(at * 1000) / 1000 }),
      stop: (at: number) => ctx.stopped.push(at),
    };
    return osc;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function loadSound() {
  vi.stubGlobal('AudioContext', FakeContext);
  const sound = await import('./sound');
  sound.unlockSound();
  return { sound, ctx: FakeContext.last };
}

describe('scheduled cues', () => {
  it('are laid on the audio clock ahead of time, each note of a cue in turn', async () => {
    const { sound, ctx } = await loadSound();
    sound.scheduleCues([{ cue: 'begin', inSeconds: 0 }, { cue: 'note', inSeconds: 42.5 }], 0.4);
    expect(ctx.started).toEqual([
      { freq: 330, at: 100.02 },
      { freq: 494, at: 100.37 },
      { freq: 440, at: 142.52 },
    ]);
  });

  it('are all stopped, shortly and softly, when cancelled', async () => {
    const { sound, ctx } = await loadSound();
    const cancel = sound.scheduleCues([{ cue: 'ask', inSeconds: 10 }], 0.4);
    ctx.currentTime = 105;
    ctx.stopped = [];
    cancel();
    expect(ctx.stopped).toEqual([105.2, 105.2]);
  });

  it('do nothing before a tap has unlocked sound, or at volume 0', async () => {
    vi.stubGlobal('AudioContext', FakeContext);
    const sound = await import('./sound');
    expect(sound.scheduleCues([{ cue: 'note', inSeconds: 1 }], 0.4)()).toBeUndefined();
    sound.unlockSound();
    sound.scheduleCues([{ cue: 'note', inSeconds: 1 }], 0);
    expect(FakeContext.last.started).toEqual([]);
  });
});
