import { useEffect, useId, useReducer, useRef } from 'preact/hooks';
import { playCue, unlockSound } from '../../lib/sound';
import { useHydrated } from '../../lib/use-hydrated';
import { useNow } from '../../lib/use-now';
import { createScreenKeeper } from '../../lib/wake-lock';
import type { PendulationData } from '../../schemas/pendulation';
import { EndView } from './EndView';
import { inSession, initialState, isPausedState, reducer, type Answer } from './pendulation-guide';
import { ScriptView } from './ScriptView';
import { SessionView } from './SessionView';
import { SetupForm } from './SetupForm';
import { announcement } from './words';
import './PendulationGuide.css';

/** The pendulation guide: setup, a paced session the reader controls, and a written script. */
export default function PendulationGuide({ data }: { data: PendulationData }) {
  const id = useId();
  const hydrated = useHydrated();
  const [state, dispatch] = useReducer(reducer, undefined, () => initialState());
  const session = inSession(state);
  const running = session && !isPausedState(state);
  const now = useNow(running);
  const rootRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const focusInside = useRef(false);

  useEffect(() => {
    if (running) dispatch({ type: 'tick', now });
  }, [now, running]);

  // A soft tone on each phase change, if chosen (step changes too when "back to ease" restarts ease).
  const phaseKey = `${state.phase}:${state.step}`;
  const lastKey = useRef(phaseKey);
  useEffect(() => {
    if (lastKey.current === phaseKey) return;
    lastKey.current = phaseKey;
    if (state.settings.sound && state.phase !== 'setup') playCue('tone', 0.5);
    // The focused button may be gone (Start, a check-in answer, Stop): put focus on the new heading.
    const active = document.activeElement;
    if (focusInside.current && (!active || active === document.body)) (headingRef.current ?? titleRef.current)?.focus();
  }, [phaseKey]);

  const keeper = useRef<ReturnType<typeof createScreenKeeper> | null>(null);
  useEffect(() => {
    keeper.current = createScreenKeeper();
    return () => keeper.current?.dispose();
  }, []);
  useEffect(() => keeper.current?.keepAwake(running), [running]);

  const at = (type: 'pause' | 'resume' | 'back-to-ease' | 'stop' | 'finish') => () => dispatch({ type, now: Date.now() });
  const start = () => {
    if (state.settings.sound) unlockSound();
    dispatch({ type: 'start', now: Date.now() });
  };
  const headingId = `${id}-title`;

  return (
    <section
      class="pg"
      aria-labelledby={headingId}
      data-pagefind-ignore
      ref={rootRef}
      onFocusIn={() => (focusInside.current = true)}
      onFocusOut={(e) => {
        const to = e.relatedTarget as Node | null;
        if (to && !rootRef.current?.contains(to)) focusInside.current = false;
      }}
    >
      <h2 id={headingId} ref={titleRef} tabIndex={-1}>
        Pendulation guide
      </h2>
      <p class="visually-hidden" aria-live="polite">
        {announcement(state, data)}
      </p>
      {state.phase === 'setup' && (
        <>
          <p>{data.setup.intro}</p>
          {!hydrated && <p class="pg-note">{data.setup.loading}</p>}
          <SetupForm settings={state.settings} words={data.setup} dispatch={dispatch} onStart={start} enabled={hydrated} />
          <ScriptView settings={state.settings} data={data} headingId={`${id}-script`} />
        </>
      )}
      {session && (
        <SessionView
          state={state}
          data={data}
          now={now}
          headingRef={headingRef}
          onPauseToggle={at(isPausedState(state) ? 'resume' : 'pause')}
          onBackToEase={at('back-to-ease')}
          onStop={at('stop')}
          onAnswer={(answer: Answer) => dispatch({ type: 'answer', answer, now: Date.now() })}
        />
      )}
      {(state.phase === 'grounding' || state.phase === 'done') && (
        <EndView state={state} data={data} headingRef={headingRef} onFinish={at('finish')} onRestart={() => dispatch({ type: 'restart' })} />
      )}
    </section>
  );
}
