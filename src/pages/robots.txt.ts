import type { APIRoute } from 'astro';

/** robots.txt with the sitemap's absolute address (crawlers ignore a relative one). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/sitemap.xml`, site);
  return new Response(`User-agent: *\nAllow: /\nSitemap: ${sitemap.href}\n`, { headers: { 'Content-Type': 'text/plain' } });
};
