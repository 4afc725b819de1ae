import type { APIRoute } from 'astro';
import { loadSynonyms } from '../../search/search-data';

/** /search/synonyms.json: the synonym rules, compiled for the search code in the browser (search-ui.ts). */
export const GET: APIRoute = async () => new Response(JSON.stringify(await loadSynonyms()), { headers: { 'Content-Type': 'application/json' } });
