import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSpeechStub } from './speech-stub';
import { createSpeaker, localVoices, pickVoice, VOICE_WAIT_MS, watchVoices, type Synth } from './voice';

const voice = (name: string, lang: string, localService: boolean) => ({ name, lang, localService, voiceURI: `uri:${name}`, default: false }) as SpeechSynthesisVoice;
const REMOTE = voice('Remote English', 'en-US', false);
const LOCAL_FR = voice('Amélie', 'fr-FR', true);
const LOCAL_EN = voice('Daniel', 'en-GB', true);

/** The shared speechSynthesis stand-in (speech-stub.ts): its list can arrive late, and it records what it was asked. */
function fakeSynth(voices: SpeechSynthesisVoice[] = []) {
  const stub = createSpeechStub(voices);
  return {
    ...stub.synth,
    finish: stub.finish,
    arrive: (list: SpeechSynthesisVoice[]) => stub.arrive(list),
    /** What it was asked to say: words, voice, rate and volume. */
    get said() {
      return stub.calls.flatMap((c) => (c.type === 'speak' ? [{ text: c.text, voice: c.voice ?? undefined, rate: c.rate, volume: c.volume }] : []));
    },
    get cancelled() {
      return stub.calls.filter((c) => c.type === 'cancel').length;
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('SpeechSynthesisUtterance', createSpeechStub([]).Utterance);
  vi.stubGlobal('window', globalThis);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('choosing a voice', () => {
  it('offers only voices on the device, English first', () => {
    expect(localVoices([REMOTE, LOCAL_FR, LOCAL_EN]).map((v) => v.name)).toEqual(['Daniel', 'Amélie']);
  });

  it('never picks a remote voice, even when it was saved or comes first', () => {
    expect(pickVoice([REMOTE, LOCAL_EN], REMOTE.voiceURI)).toBe(LOCAL_EN);
    expect(pickVoice([REMOTE], null)).toBeNull();
    expect(pickVoice([REMOTE, LOCAL_EN, LOCAL_FR], LOCAL_FR.voiceURI)).toBe(LOCAL_FR);
  });
});

describe('watching for voices', () => {
  it('reports a list that arrives late, with voiceschanged', () => {
    const synth = fakeSynth();
    const report = vi.fn();
    watchVoices(synth as unknown as Synth, report);
    expect(report).not.toHaveBeenCalled();
    synth.arrive([REMOTE, LOCAL_EN]);
    expect(report).toHaveBeenLastCalledWith([{ uri: 'uri:Daniel', name: 'Daniel', lang: 'en-GB' }]);
    vi.advanceTimersByTime(VOICE_WAIT_MS);
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('says there is none when nothing comes in time, or only remote voices do, or there is no speech at all', () => {
    const synth = fakeSynth();
    const report = vi.fn();
    watchVoices(synth as unknown as Synth, report);
    vi.advanceTimersByTime(VOICE_WAIT_MS);
    expect(report).toHaveBeenLastCalledWith([]);
    const remoteOnly = vi.fn();
    watchVoices(fakeSynth([REMOTE]) as unknown as Synth, remoteOnly);
    expect(remoteOnly).toHaveBeenLastCalledWith([]);
    const none = vi.fn();
    watchVoices(null, none);
    expect(none).toHaveBeenCalledWith([]);
  });
});

describe('speaking', () => {
  it('says sentences one at a time with the local voice, resting between them', () => {
    const synth = fakeSynth([REMOTE, LOCAL_EN]);
    const speaker = createSpeaker(synth as unknown as Synth, null);
    speaker.say({ sentences: ['One.', 'Two.'], rate: 0.9, gapMs: 700 });
    expect(synth.said).toEqual([{ text: 'One.', voice: 'Daniel', rate: 0.9, volume: 1 }]);
    synth.finish();
    vi.advanceTimersByTime(699);
    expect(synth.said).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(synth.said.map((x) => x.text)).toEqual(['One.', 'Two.']);
    // More words while it is still speaking wait their turn.
    speaker.say({ sentences: ['Three.'], rate: 0.9, gapMs: 700 });
    expect(synth.said).toHaveLength(2);
    synth.finish();
    vi.advanceTimersByTime(700);
    expect(synth.said.map((x) => x.text)).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('primes with a silent, empty utterance inside the tap, and says nothing at all without a local voice', () => {
    const synth = fakeSynth([LOCAL_EN]);
    createSpeaker(synth as unknown as Synth, null).prime();
    expect(synth.said).toEqual([{ text: '', voice: 'Daniel', rate: 1, volume: 0 }]);
    const remoteOnly = fakeSynth([REMOTE]);
    const speaker = createSpeaker(remoteOnly as unknown as Synth, REMOTE.voiceURI);
    speaker.prime();
    speaker.say({ sentences: ['Hello.'], rate: 1, gapMs: 0 });
    expect(remoteOnly.said).toEqual([]);
  });

  it('cancel stops at once and forgets the rest', () => {
    const synth = fakeSynth([LOCAL_EN]);
    const speaker = createSpeaker(synth as unknown as Synth, null);
    speaker.say({ sentences: ['One.', 'Two.'], rate: 1, gapMs: 500 });
    speaker.cancel();
    vi.advanceTimersByTime(5000);
    expect([synth.said.map((s) => s.text), synth.cancelled]).toEqual([['One.'], 1]);
  });
});
