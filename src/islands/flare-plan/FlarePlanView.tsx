import type { FlareWords } from '../../schemas/flare';
import { KeptAsideNote } from './KeptAsideNote';
import { PlanText } from './PlanText';
import { useFlarePlan } from './use-flare-plan';

interface Props {
  words: FlareWords['plan'];
  /** Link to the plan editor (the flares guide). */
  editHref: string;
}

/**
 * The reader's plan on /flare/, to read: never a form here. With no plan, a gentle offer for later.
 * The page gives the section and its heading (which the settle's "Go to your plan" focuses); this
 * island, hydrated once the section is in view, fills it.
 */
export function FlarePlanView({ words, editHref }: Props) {
  const { loaded } = useFlarePlan();
  // Always an element, even before the plan is read: Astro's client:visible watches the island's
  // server-rendered children, so an island that renders nothing there never hydrates.
  if (!loaded) return <div class="fp-body" />;
  const plan = loaded.status === 'ok' ? loaded.value : null;
  return (
    <div class="fp-body">
      {loaded.status === 'kept-aside' && <KeptAsideNote keptAsideKey={loaded.keptAsideKey} />}
      {plan ? (
        <>
          <dl class="fp-plan">
            {words.fields
              .filter((f) => plan.fields[f.id])
              .map((f) => (
                <div key={f.id}>
                  <dt>{f.label}</dt>
                  <dd>
                    <PlanText text={plan.fields[f.id]!} />
                  </dd>
                </div>
              ))}
          </dl>
          <p class="lb-no-print">
            <button type="button" class="lb-button" onClick={() => window.print()}>
              Print my plan
            </button>{' '}
            <a href={editHref}>Change my plan</a>
          </p>
        </>
      ) : (
        <p>
          {words.none} <a href={editHref}>{words.write}</a>.
        </p>
      )}
    </div>
  );
}
