import type { ClientDirective } from 'astro';
import { afterFirstPaint } from './after-paint.mjs';

/**
 * `client:painted`: hydrate once the page has loaded and its first contentful paint is on screen.
 * For an island that is the main content of its page (the journal on /journal/): it starts straight
 * after the first paint instead of competing with it. Registered in astro.config.mjs.
 */
const painted: ClientDirective = (load) => {
  afterFirstPaint(() => {
    void load().then((hydrate) => hydrate());
  });
};

export default painted;
