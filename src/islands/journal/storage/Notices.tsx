import { plural } from '../format';
import type { JournalState } from '../journal-state';

/**
 * Storage problems, said plainly, with a way to keep a copy. Loaded only when there is one to report
 * (see hasStorageNotice), and shown inside the journal's alert region, which is there from the start
 * so that a notice is announced when it appears.
 */
export function Notices({ state }: { state: JournalState }) {
  const { storage, keptAsideRecords, journalKeptAside, entries } = state;
  const problem =
    storage === 'unavailable'
      ? 'This browser is not letting the journal save. Your entries last only until you close this page.'
      : storage === 'full'
        ? 'Your last change could not be saved, because the storage in this browser is full.'
        : '';
  return (
    <>
      {(journalKeptAside || keptAsideRecords > 0) && (
        <div class="jr-warn">
          {journalKeptAside && (
            <p>Your saved journal could not be read. It was kept aside on this device, not deleted. You can keep writing new entries.</p>
          )}
          {keptAsideRecords > 0 && (
            <p>
              {plural(keptAsideRecords, 'entry', 'entries')} could not be read and {keptAsideRecords === 1 ? 'was' : 'were'} kept aside on this device.
            </p>
          )}
          <p>You can save a copy of it or delete it under “Kept aside”, near the end of the journal.</p>
        </div>
      )}
      {problem && (
        <div class="jr-warn">
          <p>{problem} You might save a copy of your journal to keep it safe.</p>
          <button type="button" class="lb-button" onClick={() => void import('../import-export/io').then((m) => m.exportJson(entries))}>
            Save a copy of your journal
          </button>
        </div>
      )}
    </>
  );
}
