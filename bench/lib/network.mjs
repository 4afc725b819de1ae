/**
 * @typedef {{ url: string, type: string, status: number, bodyBytes: number, headerBytes: number, finished: boolean }} RequestRecord
 */

/**
 * Records every request a page makes, with the bytes it received (body as sent on the wire, so after
 * brotli or gzip), and tells when the network has gone quiet.
 * @param {import('@playwright/test').Page} page
 */
export function trackRequests(page) {
  /** @type {RequestRecord[]} */
  const records = [];
  const pending = new Set();
  let lastChange = performance.now();
  const settle = (request, record) => {
    pending.delete(request);
    lastChange = performance.now();
    records.push(record);
  };
  page.on('request', (request) => {
    if (/^(data|blob):/.test(request.url())) return;
    pending.add(request);
    lastChange = performance.now();
  });
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    const sizes = await request.sizes();
    settle(request, {
      url: request.url(),
      type: request.resourceType(),
      status: response?.status() ?? 0,
      bodyBytes: sizes.responseBodySize,
      headerBytes: sizes.responseHeadersSize,
      finished: true,
    });
  });
  page.on('requestfailed', (request) => {
    settle(request, { url: request.url(), type: request.resourceType(), status: 0, bodyBytes: 0, headerBytes: 0, finished: false });
  });
  return {
    records,
    /** Resolves once no request has been in flight for `quietMs` (or throws after `timeoutMs`). */
    async idle(quietMs = 500, timeoutMs = 15_000) {
      const deadline = performance.now() + timeoutMs;
      while (pending.size > 0 || performance.now() - lastChange < quietMs) {
        if (performance.now() > deadline) throw new Error(`network still busy after ${timeoutMs} ms: ${[...pending].map((r) => r.url()).join(', ')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}
