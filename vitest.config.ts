/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests sit beside the code (src/**/*.test.ts[x]); e2e/ belongs to Playwright, apart from the pure
// helpers of its specs (e2e/**/*.test.ts; Playwright runs only *.spec.ts).
export default getViteConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tools/**/*.test.ts', 'e2e/**/*.test.ts'],
    environment: 'node',
  },
});
