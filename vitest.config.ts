/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests sit beside the code (src/**/*.test.ts[x]); e2e/ belongs to Playwright, apart from the pure
// helpers of its specs (e2e/**/*.test.ts; Playwright runs only *.spec.ts).
export default getViteConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
    // The content checks parse every guide with remark; on a 2-core machine under heavy load that took
    // over vitest's default 5 s. The limit is there to catch a hang, not to time the work.
    testTimeout: 30_000,
  },
});
