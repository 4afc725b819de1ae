import type { APIRoute } from 'astro';
import { href } from '../lib/site';

/** robots.txt with the sitemap's absolute address (crawlers ignore a relative one). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(href('sitemap.xml'), site);
  return new Response(`User-agent: *\nAllow: /\nSitemap: ${sitemap.href}\n`, { headers: { 'Content-Type': 'text/plain' } });
};
