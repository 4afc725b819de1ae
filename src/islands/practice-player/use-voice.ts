import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLazy } from '../../lib/use-lazy';
import type { Speaker, VoiceChoice } from './voice';

/** Where the voice is: off, still looking for a local voice, ready, or none on this device. */
export type VoiceStatus = 'off' | 'waiting' | 'ready' | 'none';

/** What useVoice gives. */
export interface VoiceHook {
  readonly status: VoiceStatus;
  /** The local voices to choose from (empty until known, or when there are none). */
  readonly voices: readonly VoiceChoice[];
  /** Says things with the chosen local voice; null when the voice is off or there is none. */
  readonly speaker: Speaker | null;
}

/**
 * The spoken guidance. Its code (voice.ts) is fetched only when the voice is on, so the island
 * stays small for readers who turn it off; once on, it watches for the device's local voices.
 */
export function useVoice(wanted: boolean, ready: boolean, uri: string | null): VoiceHook {
  // Before the island is ready it only says it is looking (as the page first shows), and loads nothing.
  const on = wanted && ready;
  const voice = useLazy(on, () => import('./voice'));
  const [voices, setVoices] = useState<readonly VoiceChoice[] | null>(null);
  useEffect(() => (voice && on ? voice.watchVoices(voice.deviceSynth(), setVoices) : undefined), [voice, on]);
  const chosen = voices?.find((v) => v.uri === uri)?.uri ?? voices?.[0]?.uri ?? null;
  const speaker = useMemo(() => (voice && on && chosen ? voice.createSpeaker(voice.deviceSynth(), chosen) : null), [voice, on, chosen]);
  useEffect(() => () => speaker?.cancel(), [speaker]);
  const status: VoiceStatus = !wanted ? 'off' : voices === null || !on ? 'waiting' : voices.length ? 'ready' : 'none';
  return { status, voices: voices ?? [], speaker };
}
