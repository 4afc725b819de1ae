import { describe, expect, it } from 'vitest';
import { initialState, reduce } from './breath-timer';
import { parseSession, toSaved } from './session';

const T0 = 1_772_000_000_000;
const running = reduce(initialState(5), { type: 'start', now: T0, minutes: 5 });
const paused = reduce(running, { type: 'pause', now: T0 + 60_000 });

describe('keeping a session for a reload', () => {
  it('keeps a running or paused session, with its page, and nothing when idle or ended', () => {
    expect(toSaved(running, '/guides/breath-anchoring/')).toEqual({
      version: 1,
      page: '/guides/breath-anchoring/',
      phase: 'running',
      countdown: { durationMs: 300_000, endsAt: T0 + 300_000, pausedRemainingMs: null },
      returns: 0,
      lastElapsedMs: 0,
    });
    expect(toSaved(paused, '/p/')?.countdown).toEqual({ durationMs: 300_000, endsAt: null, pausedRemainingMs: 240_000 });
    expect(toSaved(initialState(5), '/p/')).toBeNull();
    expect(toSaved(reduce(running, { type: 'tick', now: T0 + 300_000, bellEveryMs: null }), '/p/')).toBeNull();
  });

  it('reads back what it kept, through JSON', () => {
    for (const s of [running, paused]) {
      const saved = toSaved(s, '/p/');
      expect(parseSession(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
    }
  });

  const good = JSON.parse(JSON.stringify(toSaved(running, '/p/')));
  it.each([
    ['nothing', null],
    ['a string', 'running'],
    ['another version', { ...good, version: 2 }],
    ['no page', { ...good, page: undefined }],
    ['an idle phase', { ...good, phase: 'idle' }],
    ['a running session with no end time', { ...good, countdown: { ...good.countdown, endsAt: null } }],
    ['a running session that is also paused', { ...good, countdown: { ...good.countdown, pausedRemainingMs: 1000 } }],
    ['a paused session with more left than its length', { ...good, phase: 'paused', countdown: { durationMs: 300_000, endsAt: null, pausedRemainingMs: 400_000 } }],
    ['a length of zero', { ...good, countdown: { ...good.countdown, durationMs: 0 } }],
    ['a length over an hour', { ...good, countdown: { ...good.countdown, durationMs: 7_200_000 } }],
    ['returns that are not a count', { ...good, returns: -1 }],
    ['elapsed time past the length', { ...good, lastElapsedMs: 300_001 }],
  ])('refuses %s', (_name, raw) => {
    expect(parseSession(raw)).toBeNull();
  });
});

describe('restoring a kept session', () => {
  it('carries on a running session with the time that is really left, and says so', () => {
    const saved = toSaved(reduce(running, { type: 'return', now: T0 + 10_000 }), '/p/')!;
    const s = reduce(initialState(5), { type: 'restore', now: T0 + 100_000, saved });
    expect(s).toMatchObject({ phase: 'running', returns: 1, cue: null, announcement: 'Your session carries on, with 3 minutes 20 seconds left.' });
  });

  it('keeps a paused session paused, with what was left when it was paused', () => {
    const s = reduce(initialState(5), { type: 'restore', now: T0 + 900_000, saved: toSaved(paused, '/p/')! });
    expect(s).toMatchObject({ phase: 'paused', announcement: 'Your session is paused, with 4 minutes left.' });
  });

  it('shows the end without a chime when the time ran out while the page was away', () => {
    const s = reduce(initialState(5), { type: 'restore', now: T0 + 400_000, saved: toSaved(running, '/p/')! });
    expect(s.phase).toBe('ended');
    expect(s.cue).toBeNull();
    expect(s.announcement).toMatch(/^Time is up\./);
  });

  it('is refused once a session has begun here', () => {
    expect(reduce(running, { type: 'restore', now: T0, saved: toSaved(paused, '/p/')! })).toBe(running);
  });
});
