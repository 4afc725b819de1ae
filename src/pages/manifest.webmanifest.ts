import type { APIRoute } from 'astro';
import { href } from '../lib/site';
import { webAppManifest } from '../lib/web-app';

/** The web app manifest (src/lib/web-app.ts), linked from every page's <head>. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(webAppManifest(href(''))), { headers: { 'Content-Type': 'application/manifest+json' } });
