import { useId } from 'preact/hooks';
import type { Entry } from './entry';
import { formatWhen, plural } from '../format';
import { usedTags, visibleEntries, type Filter } from './filter';
import { practiceName, type Practice } from './practices';
import type { PartProps } from '../types';

const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

/** One entry as a small article; its buttons name the entry for screen readers. */
function EntryCard({ entry: e, send, headingId, practices }: Pick<PartProps, 'send'> & { entry: Entry; headingId: string; practices: readonly Practice[] }) {
  const when = formatWhen(e.at);
  const about = [
    e.practice && practiceName(e.practice, practices),
    e.minutes && plural(e.minutes, 'minute', 'minutes'),
    e.settled !== null && `settled ${e.settled} out of 10`,
    e.pain !== null && `pain ${e.pain} out of 10`,
  ].filter(Boolean);
  return (
    <li>
      <article class="jr-entry" aria-labelledby={headingId}>
        <h4 id={headingId}>{when}</h4>
        {about.length > 0 && <p class="jr-meta">{about.join(' · ')}</p>}
        {e.text && <p class="jr-text">{e.text}</p>}
        {e.tags.length > 0 && (
          <ul class="jr-tags" aria-label="Sensations">
            {e.tags.map((t) => (
              <li>{t}</li>
            ))}
          </ul>
        )}
        <div class="jr-actions">
          <button type="button" class="lb-button" onClick={() => send({ type: 'edit', id: e.id })}>
            Edit<span class="visually-hidden"> entry from {when}</span>
          </button>
          <button type="button" class="lb-button" onClick={() => send({ type: 'ask-delete', id: e.id })}>
            Delete<span class="visually-hidden"> entry from {when}</span>
          </button>
        </div>
      </article>
    </li>
  );
}

/** Read back: filters (practice, sensation, search) and the entries, newest first. */
export function EntryList({ state, send, practices }: PartProps & { practices: readonly Practice[] }) {
  const id = useId();
  const shown = visibleEntries(state.entries, state.filter);
  const total = state.entries.length;
  const tags = usedTags(state.entries);
  const filter = (patch: Partial<Filter>) => send({ type: 'filter', patch });
  return (
    <div class="jr-list">
      <h3 id={`${id}-h`}>Your entries</h3>
      {total === 0 ? (
        <p>No entries yet. When you save one, it will show here.</p>
      ) : (
        <>
          <div class="jr-row" role="search" aria-label="Filter entries">
            <div class="jr-field">
              <label for={`${id}-fp`}>Practice</label>
              <select id={`${id}-fp`} value={state.filter.practice} onChange={(e) => filter({ practice: value(e) })}>
                <option value="">All practices</option>
                {practices.map((p) => (
                  <option value={p.slug}>{p.name}</option>
                ))}
              </select>
            </div>
            <div class="jr-field">
              <label for={`${id}-ft`}>Sensation</label>
              <select id={`${id}-ft`} value={state.filter.tag} onChange={(e) => filter({ tag: value(e) })}>
                <option value="">All sensations</option>
                {tags.map((t) => (
                  <option value={t}>{t}</option>
                ))}
              </select>
            </div>
            <div class="jr-field">
              <label for={`${id}-q`}>Search your notes</label>
              <input id={`${id}-q`} type="search" value={state.filter.query} onInput={(e) => filter({ query: value(e) })} />
            </div>
          </div>
          <p role="status" class="jr-count">
            {shown.length === total
              ? `Showing all ${plural(total, 'entry', 'entries')}.`
              : `Showing ${shown.length} of ${plural(total, 'entry', 'entries')}.`}
          </p>
          <ul class="jr-entries">
            {shown.map((e, i) => (
              <EntryCard key={e.id} entry={e} send={send} headingId={`${id}-${i}`} practices={practices} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
