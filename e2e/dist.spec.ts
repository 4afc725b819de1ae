import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from '@playwright/test';
import { DIST, brokenLinks, htmlFiles } from './dist-files';

// Checks over the built files themselves; no browser needed.

test('every internal link and #anchor in dist/ resolves', () => {
  expect(brokenLinks()).toEqual([]);
});

test('every page is valid HTML (html-validate, standard preset)', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:standard'],
    // Astro writes its island bootstrap <style> (astro-island { display: contents }) in <body>,
    // before the first island; browsers accept it, so allow <style> as flow content and nothing else.
    elements: ['html5', { style: { flow: true } }],
    rules: {
      // Astro writes <!DOCTYPE html>; the preset wants lower case.
      'doctype-style': 'off',
      // Astro emits <style>/<link> and minified markup it does not let us format.
      'no-inline-style': 'off',
      'void-style': 'off',
      'attribute-boolean-style': 'off',
      'attribute-empty-style': 'off',
    },
  });
  const problems: string[] = [];
  for (const file of htmlFiles()) {
    const report = await validator.validateString(readFileSync(join(DIST, file), 'utf8'), file);
    for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems).toEqual([]);
});

test('every image has alt text and explicit dimensions', () => {
  const problems: string[] = [];
  for (const file of htmlFiles()) {
    const html = readFileSync(join(DIST, file), 'utf8');
    for (const img of html.match(/<img\b[^>]*>/g) ?? []) {
      if (!/\salt="/.test(img) || !/\swidth="\d+"/.test(img) || !/\sheight="\d+"/.test(img)) problems.push(`${file}: ${img}`);
    }
  }
  expect(problems).toEqual([]);
});

test('no page allows unsafe-inline scripts, and every page carries a policy', () => {
  for (const file of htmlFiles()) {
    const html = readFileSync(join(DIST, file), 'utf8');
    const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
    expect(policy, file).toBeTruthy();
    const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, file).not.toContain("'unsafe-inline'");
    expect(html, `${file} has an inline event handler`).not.toMatch(/<[^>]+\son[a-z]+="/);
  }
});

test('_headers: the security headers, frame-ancestors (which only a header can set), every line under 2,000 characters', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  expect(headers).toContain("Content-Security-Policy: frame-ancestors 'none'");
  expect(headers).toContain('Referrer-Policy: no-referrer');
  expect(headers).toContain('X-Content-Type-Options: nosniff');
  const long = headers.split('\n').filter((line) => line.length >= 2000).map((line) => `${line.slice(0, 60)}… (${line.length})`);
  expect(long).toEqual([]);
});

test('nothing blocks the parser: script files are modules, and no stylesheet is a file', () => {
  const problems: string[] = [];
  for (const file of htmlFiles()) {
    const html = readFileSync(join(DIST, file), 'utf8');
    const blocking = (html.match(/<script\b[^>]*\ssrc=[^>]*>/g) ?? []).filter((tag) => !/\stype="module"/.test(tag));
    for (const tag of [...blocking, ...(html.match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? [])]) problems.push(`${file}: ${tag}`);
  }
  expect(problems).toEqual([]);
});

test('every inline style and script on a page is allowed by its own policy hash', () => {
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const problems: string[] = [];
  for (const file of htmlFiles()) {
    const html = readFileSync(join(DIST, file), 'utf8');
    const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1] ?? '';
    const directive = (name: string) => policy.split(';').find((d) => d.trim().startsWith(`${name} `)) ?? '';
    for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
      if (!directive('style-src').includes(sha(css!))) problems.push(`${file}: <style> ${css!.slice(0, 40)}…`);
    }
    for (const [, js] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      if (js!.trim() && !directive('script-src').includes(sha(js!))) problems.push(`${file}: <script> ${js!.slice(0, 40)}…`);
    }
  }
  expect(problems).toEqual([]);
});
