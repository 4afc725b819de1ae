// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markPractising } from '../lib/practising';
import { OFFLINE_TEXT, UPDATE_TEXT, offerUpdate, showOfflineNote, showUpdateNotice } from './notices';

const settle = () => vi.advanceTimersByTimeAsync(0);
const announced = () => document.querySelector('[role="status"]')?.textContent;
const notice = () => document.querySelector<HTMLElement>('aside[aria-labelledby]');
const button = (name: string) => [...(notice()?.querySelectorAll('button') ?? [])].find((b) => b.textContent === name);

// One page for all the tests, as in a browser: the notices keep their elements from one call to the next.
document.body.innerHTML =
  '<a class="lb-skip" href="#main">Skip to main content</a><header></header><main id="main" tabindex="-1"><div class="lb-page"><h1>Body scan</h1></div></main>';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.documentElement.removeAttribute('data-practising');
  notice()?.remove();
  showOfflineNote(false);
});

describe('showUpdateNotice', () => {
  it('shows a labelled notice with Reload and Not now right after the skip link, and announces it', () => {
    const reload = vi.fn();
    showUpdateNotice(reload);
    const box = notice()!;
    expect(box.previousElementSibling?.className).toBe('lb-skip');
    expect(document.getElementById(box.getAttribute('aria-labelledby')!)?.textContent).toBe(UPDATE_TEXT);
    expect([...box.querySelectorAll('button')].map((b) => [b.type, b.textContent])).toEqual([
      ['button', 'Reload'],
      ['button', 'Not now'],
    ]);
    vi.runAllTimers();
    expect(announced()).toBe('A new version is ready. The Reload button is at the start of the page.');
    button('Reload')!.click();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('shows once however often it is offered; Not now puts it away and gives focus to the main content', () => {
    showUpdateNotice(() => {});
    showUpdateNotice(() => {});
    expect(document.querySelectorAll('aside').length).toBe(1);
    button('Not now')!.focus();
    button('Not now')!.click();
    expect(notice()).toBeNull();
    expect(document.activeElement?.id).toBe('main');
  });
});

describe('offerUpdate', () => {
  it('waits for the running practice to stop', async () => {
    markPractising('breath-timer', true);
    offerUpdate(() => {});
    await settle();
    expect(notice()).toBeNull();
    markPractising('breath-timer', false);
    await settle();
    expect(notice()).not.toBeNull();
  });
});

describe('showOfflineNote', () => {
  it('says at the top of the main content that everything still works, and goes when back online', () => {
    showOfflineNote(true);
    const note = document.querySelector('#main > div')!;
    expect(note.textContent).toBe(OFFLINE_TEXT);
    expect(note.className).toBe('lb-page lb-no-print');
    vi.runAllTimers();
    expect(announced()).toBe(OFFLINE_TEXT);
    showOfflineNote(false);
    expect((note as HTMLElement).hidden).toBe(true);
    vi.runAllTimers();
    expect(announced()).toBe('You are back online.');
  });
});
