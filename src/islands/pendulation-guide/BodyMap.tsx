import type { JSX } from 'preact';
import type { Place } from './places';

/**
 * A simple body outline (front for ease, back for discomfort) whose regions are buttons with visible
 * names. Each region follows the WAI-ARIA APG Button pattern (toggle button, aria-pressed; Enter and
 * Space activate): https://www.w3.org/WAI/ARIA/apg/patterns/button/
 * The radio list beside it offers the same choice.
 */
interface Props {
  view: 'front' | 'back';
  /** Accessible name of the map as a group. */
  label: string;
  places: readonly Place[];
  selected: string;
  onSelect(id: string): void;
  /** False until hydrated: regions are then aria-disabled and out of the tab order. */
  enabled: boolean;
}

/** Each region: the band of the drawing it fills (y from, y to; full width, at least 52 units tall) and its shape. */
const REGIONS: Record<string, { band: [number, number]; shape: JSX.Element }> = {
  neck: { band: [30, 82], shape: <rect x="62" y="54" width="16" height="26" rx="4" /> },
  'upper-back': { band: [82, 134], shape: <rect x="42" y="84" width="56" height="48" rx="10" /> },
  'middle-back': { band: [134, 186], shape: <rect x="42" y="136" width="56" height="46" rx="6" /> },
  'lower-back': { band: [186, 238], shape: <rect x="42" y="188" width="56" height="46" rx="6" /> },
  hips: { band: [238, 290], shape: <rect x="40" y="240" width="60" height="44" rx="12" /> },
  belly: { band: [140, 232], shape: <ellipse cx="70" cy="190" rx="24" ry="34" /> },
  hands: { band: [236, 292], shape: <path d="M17 264a10 13 0 1 0 20 0a10 13 0 1 0-20 0M103 264a10 13 0 1 0 20 0a10 13 0 1 0-20 0" /> },
  feet: { band: [360, 416], shape: <path d="M38 392a14 8 0 1 0 28 0a14 8 0 1 0-28 0M74 392a14 8 0 1 0 28 0a14 8 0 1 0-28 0" /> },
};

/** Splits a long label ("Upper back and shoulders") into two lines before its last "and". */
function lines(label: string): string[] {
  return label.length > 16 ? label.split(/ (?=and [^ ]+$)/) : [label];
}

/** The shared outline: head, neck, torso, pelvis, arms, hands, legs, feet. */
const OUTLINE = (
  <g class="pg-body" aria-hidden="true">
    <circle cx="70" cy="30" r="22" />
    <rect x="62" y="48" width="16" height="34" />
    <rect x="18" y="84" width="18" height="168" rx="9" />
    <rect x="104" y="84" width="18" height="168" rx="9" />
    <rect x="42" y="280" width="25" height="104" rx="10" />
    <rect x="73" y="280" width="25" height="104" rx="10" />
    <rect x="38" y="236" width="64" height="52" rx="14" />
    <rect x="40" y="78" width="60" height="164" rx="16" />
    <path d="M17 264a10 13 0 1 0 20 0a10 13 0 1 0-20 0M103 264a10 13 0 1 0 20 0a10 13 0 1 0-20 0M38 392a14 8 0 1 0 28 0a14 8 0 1 0-28 0M74 392a14 8 0 1 0 28 0a14 8 0 1 0-28 0" />
  </g>
);

/** The body map: a drawing with one button per place. */
export function BodyMap({ view, label, places, selected, onSelect, enabled }: Props) {
  const onKeyDown = (id: string) => (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault(); // Space would otherwise scroll the page
    if (enabled) onSelect(id);
  };
  return (
    <div class="pg-map" role="group" aria-label={label}>
      <svg class="pg-map-svg" viewBox="0 0 320 420">
        {OUTLINE}
        {view === 'back' && <path class="pg-spine" aria-hidden="true" d="M70 84V282" />}
        {/* Top to bottom, so the tab order follows the drawing. */}
        {[...places].sort((x, y) => (REGIONS[x.id]?.band[0] ?? 0) - (REGIONS[y.id]?.band[0] ?? 0)).map((place) => {
          const region = REGIONS[place.id];
          if (!region) return null;
          const [top, bottom] = region.band;
          const mid = (top + bottom) / 2;
          const text = lines(place.label);
          const pressed = selected === place.id;
          return (
            <g
              key={place.id}
              class="pg-region"
              role="button"
              tabindex={enabled ? 0 : -1}
              aria-pressed={pressed}
              aria-disabled={!enabled}
              onClick={() => enabled && onSelect(place.id)}
              onKeyDown={onKeyDown(place.id)}
            >
              <rect class="pg-hit" x="2" y={top + 1} width="316" height={bottom - top - 2} rx="8" />
              <g class="pg-shape">{region.shape}</g>
              <path class="pg-leader" d={`M${place.id === 'hands' ? 126 : 104} ${mid}H142`} />
              <circle class="pg-mark" cx="154" cy={mid} r="7" />
              <text class="pg-label" x="170" y={mid - (text.length - 1) * 10 + 6}>
                {text.map((t, i) => (
                  <tspan key={t} x="170" dy={i === 0 ? 0 : 20}>
                    {i < text.length - 1 ? `${t} ` : t}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
