// Types for the custom client directive registered in astro.config.mjs (src/lib/painted-directive.ts).
declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate once the page has loaded and its first contentful paint is on screen. */
    'client:painted'?: boolean;
  }
}

export {};
