// The one inline script on every page: marks <html> as "js" and applies the saved theme before first paint (no flash).
// Its hash goes into the Content-Security-Policy from astro.config.mjs.
import { createHash } from 'node:crypto';

/** Source of the blocking theme script. Storage key: "lb-theme" = "light" | "dark"; absent = follow the system. */
export const themeInit =
  "var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('lb-theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}";

/** CSP hash of `themeInit`. @type {`sha256-${string}`} */
export const themeInitHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}`;
