/**
 * The site icon: a wave on the brand colour. It is written into each page as a data: URL, so no
 * page makes a request for it (the CSP allows data: images). The same drawing, rendered to PNG by
 * tools/make-icons.mjs, is the installed app's icon (public/icons/, listed in the web app manifest).
 */

/** The brand colour behind the wave. */
export const ICON_COLOUR = '#1f5f7a';

const WAVE = '<path d="M16 6c-3 4-3 8 0 10s3 6 0 10" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round"/>';

/**
 * The icon as SVG on a 32-unit square. 'rounded': a rounded square (the favicon, and app icons the
 * system shows as they are). 'maskable': the colour fills the square and the wave is drawn smaller,
 * well inside the middle circle that every mask keeps (https://www.w3.org/TR/appmanifest/#icon-masks).
 */
export function iconSvg(shape: 'rounded' | 'maskable' = 'rounded', size?: number): string {
  const dimensions = size ? ` width="${size}" height="${size}"` : '';
  const open = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"${dimensions}>`;
  if (shape === 'rounded') return `${open}<rect width="32" height="32" rx="7" fill="${ICON_COLOUR}"/>${WAVE}</svg>`;
  return `${open}<rect width="32" height="32" fill="${ICON_COLOUR}"/><g transform="translate(16 16) scale(0.75) translate(-16 -16)">${WAVE}</g></svg>`;
}

const FAVICON_SVG = iconSvg();

/**
 * The icon as a data: URL for <link rel="icon">. Only what a URL cannot hold is escaped (quotes
 * become single quotes), which keeps it about half the length of encodeURIComponent's.
 */
export const FAVICON_HREF = `data:image/svg+xml,${FAVICON_SVG.replaceAll('"', "'").replace(/[<>#%]/g, (c) => encodeURIComponent(c))}`;
