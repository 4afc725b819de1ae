// The one inline script in every page's <head>, run before the first paint. It is inline, so the page
// waits for no file; its hash goes into the Content-Security-Policy from astro.config.mjs.
// 1. Marks <html> as "js" and applies the saved theme, so there is no flash of the wrong theme.
//    Storage key: "lb-theme" = "light" | "dark"; absent = follow the system.
// 2. The theme list in the header: shows the saved choice, and saves and applies a new one (if storage
//    is blocked, the choice lasts for this page only).
// 3. The search shortcuts, "/" (when not typing in a field) and Ctrl/Cmd+K, focus the header search.
//    They work from the first paint; focusing the field is what loads the search code.
import { createHash } from 'node:crypto';

const theme =
  "var d=document.documentElement;d.classList.add('js');" +
  "try{var t=localStorage.getItem('lb-theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}";

const themeChoice =
  "document.addEventListener('change',function(e){" +
  "var s=e.target;if(!(s instanceof HTMLSelectElement)||!s.closest('[data-theme-toggle]'))return;" +
  "var v=s.value,on=v==='light'||v==='dark';" +
  "try{if(on)localStorage.setItem('lb-theme',v);else localStorage.removeItem('lb-theme')}catch(x){}" +
  'if(on)d.dataset.theme=v;else delete d.dataset.theme});' +
  "document.addEventListener('DOMContentLoaded',function(){" +
  "var s=document.querySelector('[data-theme-toggle] select');if(s)s.value=d.dataset.theme||'system'});";

const shortcuts =
  "document.addEventListener('keydown',function(e){" +
  'var t=e.target,k=e.key||"";' +
  'var typing=t instanceof HTMLElement&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));' +
  "if(!(k==='/'&&!typing)&&!(k.toLowerCase()==='k'&&(e.ctrlKey||e.metaKey)))return;" +
  "var i=document.querySelector('[data-search-input]');if(!i)return;" +
  'e.preventDefault();i.focus();i.select()})';

/** Source of the head script. */
export const headScript = `(function(){${theme}${themeChoice}${shortcuts}})()`;

/** CSP hash of `headScript`. @type {`sha256-${string}`} */
export const headScriptHash = `sha256-${createHash('sha256').update(headScript).digest('base64')}`;
