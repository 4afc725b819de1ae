// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLazy } from './use-lazy';

afterEach(cleanup);

const Part = () => <p>The part</p>;

function Host({ needed, load }: { needed: boolean; load: () => Promise<typeof Part> }) {
  const Loaded = useLazy(needed, load);
  return Loaded ? <Loaded /> : <p>Not loaded</p>;
}

describe('useLazy', () => {
  it('fetches nothing until the part is needed', async () => {
    const load = vi.fn(async () => Part);
    render(<Host needed={false} load={load} />);
    await Promise.resolve();
    expect(load).not.toHaveBeenCalled();
    expect(screen.getByText('Not loaded')).toBeTruthy();
  });

  it('fetches once when first needed, shows the part, and keeps it', async () => {
    const load = vi.fn(async () => Part);
    const { rerender } = render(<Host needed={false} load={load} />);
    rerender(<Host needed load={load} />);
    expect(load).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('The part')).toBeTruthy();
    rerender(<Host needed={false} load={load} />);
    rerender(<Host needed load={load} />);
    expect(screen.getByText('The part')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
