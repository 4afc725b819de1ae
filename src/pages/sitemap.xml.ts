import type { APIRoute } from 'astro';
import { loadGuides } from '../lib/load-guides';
import { href } from '../lib/site';
import { SECTIONS } from '../schemas/guide';

/** Static pages that are not guides; each must exist in src/pages. */
const PAGES = ['', 'guides/', 'about/', 'sources/', 'search/', 'journal/'];

/** sitemap.xml: every page of the site, with guides' review dates as lastmod. */
export const GET: APIRoute = async ({ site }) => {
  const guides = await loadGuides();
  const urls = [
    ...PAGES.map((p) => ({ loc: new URL(href(p), site).href, lastmod: undefined as string | undefined })),
    ...SECTIONS.map((s) => ({ loc: new URL(href(`sections/${s}/`), site).href, lastmod: undefined })),
    ...guides.map((g) => ({ loc: new URL(href(`guides/${g.id}/`), site).href, lastmod: g.data.reviewed.toISOString().slice(0, 10) })),
  ];
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${u.loc}</loc>${u.lastmod ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`).join('\n')}
</urlset>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
