// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepStorageMessage, resetKeepStorage } from './persist-storage';
import { useKeepStorage } from './use-keep-storage';

beforeEach(resetKeepStorage);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Saver() {
  const { answer, ask } = useKeepStorage();
  return (
    <>
      <button type="button" onClick={ask}>
        Save
      </button>
      {answer && <p>{keepStorageMessage(answer, 'your notes')}</p>}
    </>
  );
}

describe('useKeepStorage', () => {
  it('asks nothing until the widget saves, then shows what the browser answered', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist } });
    render(<Saver />);
    expect(persist).not.toHaveBeenCalled();
    expect(screen.queryByText(/This browser/)).toBeNull();
    screen.getByRole('button', { name: 'Save' }).click();
    expect(await screen.findByText('This browser has agreed to keep your notes even when the device runs short of space.')).toBeTruthy();
    expect(persist).toHaveBeenCalledTimes(1);
  });
});
