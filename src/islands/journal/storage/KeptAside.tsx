import { useRef, useState } from 'preact/hooks';
import { browserStorage } from '../../../lib/safe-storage';
import { keptAsideKeys } from './kept-aside';

/**
 * Data the journal could not read stays on this device, kept aside (journal-storage.ts). This part shows
 * whenever some is there, on every visit, so the reader can save a copy of it untouched or delete it.
 * DataTools loads it only when there is some, or when the journal could not be read this time:
 * then (`withJournal`) the download also holds the journal's own stored text, in case storage was
 * too full to move it aside. Deleting removes only what was kept aside, never the journal itself.
 */
export function KeptAside({ withJournal }: { withJournal: boolean }) {
  const [keys, setKeys] = useState(keptAsideKeys);
  const [asking, setAsking] = useState(false);
  const [notice, setNotice] = useState('');
  const question = useRef<HTMLParagraphElement>(null);
  const ask = useRef<HTMLButtonElement>(null);
  if (keys.length === 0 && !withJournal) return notice ? <p role="status">{notice}</p> : null;
  const remove = () => {
    const store = browserStorage();
    for (const k of keys) {
      try {
        store?.removeItem(k);
      } catch {
        // Left in place; the list below is read again.
      }
    }
    setAsking(false);
    setNotice('What was kept aside has been deleted.');
    setKeys(keptAsideKeys());
  };
  return (
    <div class="jr-field">
      <h4>Kept aside</h4>
      <p>Some saved journal data could not be read, so it was kept aside on this device. You can save a copy of it exactly as it was stored, or delete it.</p>
      <div class="jr-actions">
        <button type="button" class="lb-button" onClick={() => void import('../import-export/io').then((m) => m.exportKeptAside(withJournal))}>
          Save a copy of what was kept aside
        </button>
        {!asking && keys.length > 0 && (
          <button
            type="button"
            class="lb-button lb-button--danger"
            ref={ask}
            onClick={() => {
              setAsking(true);
              requestAnimationFrame(() => question.current?.focus());
            }}
          >
            Delete what was kept aside
          </button>
        )}
      </div>
      {notice && <p role="status">{notice}</p>}
      {asking && (
        <div class="jr-actions">
          <p ref={question} tabIndex={-1}>
            Delete it for good? This cannot be undone.
          </p>
          <button type="button" class="lb-button lb-button--danger" onClick={remove}>
            Yes, delete it
          </button>
          <button
            type="button"
            class="lb-button"
            onClick={() => {
              setAsking(false);
              requestAnimationFrame(() => ask.current?.focus());
            }}
          >
            No, keep it
          </button>
        </div>
      )}
    </div>
  );
}
