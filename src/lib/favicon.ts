/**
 * The site icon: a wave on the brand colour. It is written into each page as a data: URL, so no
 * page makes a request for it (the CSP allows data: images).
 */
const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1f5f7a"/>' +
  '<path d="M16 6c-3 4-3 8 0 10s3 6 0 10" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>';

/**
 * The icon as a data: URL for <link rel="icon">. Only what a URL cannot hold is escaped (quotes
 * become single quotes), which keeps it about half the length of encodeURIComponent's.
 */
export const FAVICON_HREF = `data:image/svg+xml,${FAVICON_SVG.replaceAll('"', "'").replace(/[<>#%]/g, (c) => encodeURIComponent(c))}`;
