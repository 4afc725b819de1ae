import { useEffect, useId, useState } from 'preact/hooks';
import { keepStorageMessage } from '../../lib/persist-storage';
import { useKeepStorage } from '../../lib/use-keep-storage';
import type { FlareWords } from '../../schemas/flare';
import { planFrom } from './flare-plan';
import { KeptAsideNote } from './KeptAsideNote';
import { useFlarePlan } from './use-flare-plan';

/** Writing the flare plan on a good day: one box per part, saved on this device only. */
export function FlarePlanEditor({ words }: { words: FlareWords['plan'] }) {
  const id = useId();
  const { loaded, save, remove } = useFlarePlan();
  const [values, setValues] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const kept = useKeepStorage();
  useEffect(() => {
    if (loaded?.status === 'ok') setValues(loaded.value.fields);
  }, [loaded]);
  const ready = loaded !== null;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const plan = planFrom(values, new Date());
    if (!plan) return setStatus('Write something in at least one box, then save.');
    const result = save(plan);
    if (result.ok) kept.ask();
    setStatus(result.ok ? 'Saved on this device. It will show on the "In a flare?" page.' : 'Could not save: this browser is not keeping data for this site.');
  };

  return (
    <form class="fp-editor" onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{words.title}</h3>
      {loaded?.status === 'kept-aside' && <KeptAsideNote keptAsideKey={loaded.keptAsideKey} />}
      <p>Your plan stays in this browser, on this device. Nothing is sent anywhere.</p>
      {words.fields.map((field) => (
        <div class="fp-field" key={field.id}>
          <label for={`${id}-${field.id}`}>{field.label}</label>
          <p class="fp-hint" id={`${id}-${field.id}-hint`}>
            {field.hint}
          </p>
          <textarea
            id={`${id}-${field.id}`}
            aria-describedby={`${id}-${field.id}-hint`}
            rows={3}
            maxLength={4000}
            disabled={!ready}
            value={values[field.id] ?? ''}
            onInput={(e) => setValues({ ...values, [field.id]: (e.target as HTMLTextAreaElement).value })}
          />
        </div>
      ))}
      <div class="fp-actions">
        <button type="submit" class="lb-button lb-button--primary" disabled={!ready}>
          Save my plan
        </button>
        {loaded?.status === 'ok' &&
          (confirming ? (
            <>
              <button
                type="button"
                class="lb-button lb-button--danger"
                onClick={() => {
                  remove();
                  setValues({});
                  setConfirming(false);
                  setStatus('Your flare plan is deleted from this device.');
                }}
              >
                Yes, delete my plan
              </button>
              <button type="button" class="lb-button" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </>
          ) : (
            <button type="button" class="lb-button" onClick={() => setConfirming(true)}>
              Delete my plan
            </button>
          ))}
      </div>
      <p class="fp-status" role="status">
        {status}
      </p>
      {kept.answer && <p>{keepStorageMessage(kept.answer, 'your flare plan')}</p>}
    </form>
  );
}
