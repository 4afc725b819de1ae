// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BodyMap } from './BodyMap';
import { DISCOMFORT_PLACES } from './places';

afterEach(cleanup);

function setup(enabled = true) {
  const onSelect = vi.fn();
  render(<BodyMap view="back" label="Body map: place of discomfort" places={DISCOMFORT_PLACES} selected="neck" onSelect={onSelect} enabled={enabled} />);
  return onSelect;
}

describe('BodyMap', () => {
  it('shows one named toggle button per place, the chosen one pressed', () => {
    setup();
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-pressed'), b.getAttribute('tabindex')])).toEqual([
      ['Neck', 'true', '0'],
      ['Upper back and shoulders', 'false', '0'],
      ['Middle back', 'false', '0'],
      ['Lower back', 'false', '0'],
      ['Hips', 'false', '0'],
    ]);
  });

  it('chooses with a click, Enter or Space, and ignores other keys', () => {
    const onSelect = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Hips' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Lower back' }), { key: 'Enter' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Middle back' }), { key: ' ' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Neck' }), { key: 'a' });
    expect(onSelect.mock.calls).toEqual([['hips'], ['lower-back'], ['middle-back']]);
  });

  it('before hydration: out of the tab order, marked disabled, and inert', () => {
    const onSelect = setup(false);
    const hips = screen.getByRole('button', { name: 'Hips' });
    expect([hips.getAttribute('tabindex'), hips.getAttribute('aria-disabled')]).toEqual(['-1', 'true']);
    fireEvent.click(hips);
    fireEvent.keyDown(hips, { key: 'Enter' });
    expect(onSelect).not.toHaveBeenCalled();
  });
});
