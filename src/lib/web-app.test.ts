import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_COLOURS, webAppManifest } from './web-app';

const tokens = readFileSync(resolve(import.meta.dirname, '../styles/tokens.css'), 'utf8');
/** The light and dark values of a light-dark() colour token. */
const token = (name: string) => {
  const m = tokens.match(new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i'));
  if (!m) throw new Error(`tokens.css has no light-dark() value for --${name}`);
  return { light: m[1]!.toLowerCase(), dark: m[2]!.toLowerCase() };
};

describe('APP_COLOURS', () => {
  it('are the header and page colours of tokens.css in both themes', () => {
    const surface = token('lb-color-surface');
    const bg = token('lb-color-bg');
    expect(APP_COLOURS).toEqual({
      light: { theme: surface.light, background: bg.light },
      dark: { theme: surface.dark, background: bg.dark },
    });
  });
});

describe('webAppManifest', () => {
  it('opens the home page in its own window, with both themes and three icons', () => {
    const m = webAppManifest('/');
    expect(m).toMatchObject({ id: '/', name: 'Listening Back', start_url: '/', scope: '/', display: 'standalone', theme_color: '#f1efe9', background_color: '#fbfaf7' });
    expect(m.color_scheme_dark).toEqual({ theme_color: '#20252b', background_color: '#15181c' });
    expect(m.icons).toEqual([
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
  });

  it('takes every address from the base path', () => {
    const m = webAppManifest('/back/');
    expect([m.id, m.start_url, m.scope]).toEqual(['/back/', '/back/', '/back/']);
    expect(m.icons.map((i) => i.src)).toEqual(['/back/icons/icon-192.png', '/back/icons/icon-512.png', '/back/icons/icon-maskable-512.png']);
  });

  it('rejects a base without its slashes', () => {
    expect(() => webAppManifest('/back')).toThrow('base must start and end with "/", received "/back"');
  });
});
