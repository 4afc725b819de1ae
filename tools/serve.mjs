// Serves the built site (dist/, or DIST_DIR) at http://localhost:4321 (PORT to change): the headers of
// dist/_headers, brotli or gzip, the 404 page. See tools/lib/site-server.mjs.
// Usage: node tools/serve.mjs [--quiet]
import { startSiteServer } from './lib/site-server.mjs';

const root = process.env.DIST_DIR ?? 'dist';
const port = Number(process.env.PORT ?? 4321);
const quiet = process.argv.includes('--quiet');

try {
  await startSiteServer({ root, port, host: process.env.HOST });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (!quiet) console.log(`Listening Back is at http://localhost:${port}/ (Ctrl+C to stop)`);
