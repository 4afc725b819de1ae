import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { browserStorage, loadJson } from '../../../lib/safe-storage';
import { PLAN_KEY, parsePlan } from '../../flare-plan/flare-plan';
import { planStep, restorePlan, type FilePlan } from '../../flare-plan/plan-transfer';
import { download } from '../../flare-plan/use-flare-plan';
import { formatWhen } from '../format';

/** Props: the flare plan a chosen file holds (not 'none'). */
export interface PlanImportProps {
  filePlan: Exclude<FilePlan, { status: 'none' }>;
}

/**
 * The flare plan in a file being brought back: restored when this browser has none, left alone when
 * it is the same, and asked about when it differs. Using the file's plan keeps the one that was here
 * aside, untouched (plan-transfer.ts), with a button to save a copy of it. Loaded with a file that
 * holds a plan, apart from the entries' check, which it does not change.
 */
export function PlanImport({ filePlan }: PlanImportProps) {
  const id = useId();
  const [here] = useState(() => loadJson(browserStorage(), PLAN_KEY, parsePlan, Date.now()));
  const [done, setDone] = useState<{ text: string; keptAside: string | null } | null>(null);
  const said = useRef<HTMLParagraphElement>(null);
  // The buttons give way to what happened: focus goes to those words.
  useLayoutEffect(() => said.current?.focus(), [done]);

  if (filePlan.status === 'unreadable') {
    return (
      <p class="jr-error" role="alert">
        The flare plan in this file could not be read, so it was left out. The flare plan in this browser has not changed.
      </p>
    );
  }
  const incoming = filePlan.plan;
  if (here.status === 'unavailable') {
    return <p>This file also holds a flare plan, but this browser is not keeping data for this site, so it could not be brought back.</p>;
  }
  const current = here.status === 'ok' ? here.value : null;
  const step = planStep(current, incoming);
  const use = () => {
    const result = restorePlan(browserStorage(), incoming, Date.now());
    setDone(
      result.ok
        ? {
            text: `Your flare plan from the file is back. It shows on the "In a flare?" page.${result.keptAside ? ' The plan that was here is kept aside in this browser, so nothing is lost.' : ''}`,
            keptAside: result.keptAside,
          }
        : { text: 'Could not bring back the flare plan: this browser is not keeping data for this site, or it is full. Nothing was changed.', keptAside: null },
    );
  };
  const saveEarlier = (key: string) => download('flare-plan-earlier.json', browserStorage()?.getItem(key) ?? '');

  return (
    <div class="jr-preview" role="group" aria-labelledby={id}>
      <h4 id={id}>Your flare plan</h4>
      {done ? (
        <>
          <p ref={said} tabIndex={-1} role="status">
            {done.text}
          </p>
          {done.keptAside && (
            <button type="button" class="lb-button" onClick={() => saveEarlier(done.keptAside!)}>
              Save a copy of the earlier plan
            </button>
          )}
        </>
      ) : step === 'same' ? (
        <p>This file also holds a flare plan. It is the same as the one in this browser, so nothing needs to change.</p>
      ) : step === 'restore' ? (
        <>
          <p>This file also holds a flare plan, saved on {formatWhen(incoming.updatedAt)}. This browser has none.</p>
          <div class="jr-actions">
            <button type="button" class="lb-button lb-button--primary" onClick={use}>
              Bring back the flare plan
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            This file holds a flare plan saved on {formatWhen(incoming.updatedAt)}. This browser has a different one, saved on{' '}
            {formatWhen(current!.updatedAt)}. Which would you like to use? If you use the one from the file, the one here is kept
            aside, so nothing is lost.
          </p>
          <div class="jr-actions">
            <button type="button" class="lb-button" onClick={use}>
              Use the plan from the file
            </button>
            <button
              type="button"
              class="lb-button lb-button--primary"
              onClick={() => setDone({ text: 'You kept the flare plan in this browser. The file is unchanged.', keptAside: null })}
            >
              Keep the plan in this browser
            </button>
          </div>
        </>
      )}
    </div>
  );
}
