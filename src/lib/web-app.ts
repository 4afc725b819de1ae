import { SITE_NAME, SITE_TAGLINE } from './site';

/**
 * The installed app's colours in each theme, as in src/styles/tokens.css (a unit test compares them):
 * `theme` is the header's (--lb-color-surface), for the window's title or status bar; `background`
 * is the page's (--lb-color-bg), for the splash screen while the app opens.
 */
export const APP_COLOURS = {
  light: { theme: '#f1efe9', background: '#fbfaf7' },
  dark: { theme: '#20252b', background: '#15181c' },
} as const;

/** One icon in the web app manifest. */
interface ManifestIcon {
  src: string;
  sizes: string;
  type: 'image/png';
  purpose: 'any' | 'maskable';
}

/**
 * The web app manifest (https://www.w3.org/TR/appmanifest/), so the site installs to a home screen and
 * opens on the home page, offline too. Every address comes from `base` (import.meta.env.BASE_URL), so a
 * site under BASE_PATH installs with its own scope. Dark colours are in `color_scheme_dark` (browsers
 * without it ignore it; the pages' theme-color <meta> tags cover both themes meanwhile).
 */
export function webAppManifest(base: string) {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`webAppManifest: base must start and end with "/", received "${base}"`);
  const icon = (file: string, size: number, purpose: ManifestIcon['purpose']): ManifestIcon => ({
    src: `${base}icons/${file}`,
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose,
  });
  return {
    id: base,
    name: SITE_NAME,
    short_name: SITE_NAME,
    description: SITE_TAGLINE,
    lang: 'en-GB',
    dir: 'ltr',
    start_url: base,
    scope: base,
    display: 'standalone',
    theme_color: APP_COLOURS.light.theme,
    background_color: APP_COLOURS.light.background,
    color_scheme_dark: { theme_color: APP_COLOURS.dark.theme, background_color: APP_COLOURS.dark.background },
    icons: [icon('icon-192.png', 192, 'any'), icon('icon-512.png', 512, 'any'), icon('icon-maskable-512.png', 512, 'maskable')],
  };
}
