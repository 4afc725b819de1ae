import { beforeEach, describe, expect, it, vi } from 'vitest';
import { keepStorage, keepStorageMessage, resetKeepStorage } from './persist-storage';

beforeEach(resetKeepStorage);

/** A navigator.storage stand-in: already persisted or not, and what persist() answers. */
function fakeStorage({ persisted = false, grants = true } = {}) {
  return { persisted: vi.fn(async () => persisted), persist: vi.fn(async () => grants) };
}

describe('keepStorage', () => {
  it('asks the browser and reports a yes', async () => {
    const storage = fakeStorage({ grants: true });
    expect(await keepStorage(storage)).toBe('kept');
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('reports a no', async () => {
    expect(await keepStorage(fakeStorage({ grants: false }))).toBe('not-kept');
  });

  it('does not ask again when storage is already kept', async () => {
    const storage = fakeStorage({ persisted: true });
    expect(await keepStorage(storage)).toBe('kept');
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('asks only once per page load, and every caller gets the same answer', async () => {
    const storage = fakeStorage({ grants: false });
    const answers = await Promise.all([keepStorage(storage), keepStorage(storage), keepStorage(fakeStorage({ grants: true }))]);
    expect(answers).toEqual(['not-kept', 'not-kept', 'not-kept']);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('says unsupported where there is no API or it fails', async () => {
    expect(await keepStorage(undefined)).toBe('unsupported');
    resetKeepStorage();
    expect(await keepStorage({})).toBe('unsupported');
    resetKeepStorage();
    expect(await keepStorage({ persist: () => Promise.reject(new Error('blocked')) })).toBe('unsupported');
  });
});

describe('keepStorageMessage', () => {
  it('says plainly what the browser agreed to, naming the data', () => {
    expect(keepStorageMessage('kept', 'your journal')).toBe('This browser has agreed to keep your journal even when the device runs short of space.');
    expect(keepStorageMessage('not-kept', 'your journal')).toBe(
      'This browser has not promised to keep your journal: it may clear it if the device runs short of space. Download a copy now and then to be safe.',
    );
    expect(keepStorageMessage('unsupported', 'your flare plan')).toBe(
      'This browser cannot promise to keep your flare plan if the device runs short of space. Download a copy now and then to be safe.',
    );
  });
});
