import { describe, expect, it } from 'vitest';
import { guideSchema } from './guide';
import { isTrustedSourceUrl } from './source';

const good = {
  title: 'Body scan',
  description: 'A slow sweep of attention through the body.',
  section: 'core-practices',
  order: 2,
  reviewed: '2026-11-25',
  sources: [
    { title: 'A trial', authors: 'Cherkin DC, et al.', year: 2016, url: 'https://doi.org/10.1001/jama.2016.2323' },
    { title: 'Low back pain and sciatica in over 16s', authors: 'NICE', year: 2016, url: 'https://www.nice.org.uk/guidance/ng59' },
  ],
  related: ['breath-anchoring'],
  duration: '10 to 20 minutes',
  needs: 'A mat or a bed',
};

/** The first problem zod reports, as "path: message". */
function firstProblem(data: unknown): string {
  const result = guideSchema.safeParse(data);
  if (result.success) return 'no problem';
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('guide frontmatter schema', () => {
  it('accepts a good guide and turns the date into a Date', () => {
    const parsed = guideSchema.parse(good);
    expect(parsed.reviewed).toEqual(new Date('2026-11-25'));
    expect(parsed.related).toEqual([{ id: 'breath-anchoring', collection: 'guides' }]);
  });

  it('accepts a health service page without a year (its review date unconfirmed)', () => {
    const page = { title: 'Back pain', authors: 'NHS', url: 'https://www.nhs.uk/conditions/back-pain/' };
    expect(guideSchema.parse({ ...good, sources: [page, good.sources[0]] }).sources).toEqual([page, good.sources[0]]);
  });

  it('fills defaults for guides without related guides', () => {
    const { related: _r, ...rest } = good;
    expect(guideSchema.parse(rest)).toMatchObject({ related: [] });
  });

  it('needs at least two sources: one is not enough, and neither is none', () => {
    const { sources: _s, ...none } = good;
    expect(firstProblem(none)).toMatch(/^sources: /);
    expect(firstProblem({ ...good, sources: good.sources.slice(0, 1) })).toBe('sources: every guide cites at least two sources');
  });

  it.each([
    ['a missing title', { ...good, title: undefined }, /^title: /],
    ['a description of two sentences', { ...good, description: 'One. Two.' }, /^description: /],
    ['an unknown section', { ...good, section: 'extras' }, /^section: .*start-here/],
    ['an order that is text', { ...good, order: 'two' }, /^order: .*number/],
    ['a date that is not a date', { ...good, reviewed: 'last week' }, /^reviewed: /],
    ['a paper without a year', { ...good, sources: [{ title: 'A trial', url: 'https://doi.org/10.1/x' }] }, /^sources\.0\.year: a paper .* needs its year/],
    ['a PubMed record without a year', { ...good, sources: [{ title: 'A trial', url: 'https://pubmed.ncbi.nlm.nih.gov/1/' }] }, /^sources\.0\.year: /],
    ['a DOI in capitals without a year', { ...good, sources: [{ title: 'A trial', url: 'https://DOI.org/10.1/x' }] }, /^sources\.0\.year: /],
    ['a Cochrane review without a year', { ...good, sources: [{ title: 'A review', url: 'https://www.cochranelibrary.com/cdsr/doi/10.1002/x/full' }] }, /^sources\.0\.year: /],
    ['a source on another site', { ...good, sources: [{ title: 'A blog', year: 2020, url: 'https://example.com/post' }] }, /^sources\.0\.url: must be an https link/],
    ['a related slug with spaces', { ...good, related: ['Body Scan'] }, /^related\.0: must be a guide slug/],
    ['an unknown field', { ...good, author: 'Someone' }, /author/],
  ])('rejects %s, naming the field', (_name, data, expected) => {
    expect(firstProblem(data)).toMatch(expected);
  });
});

describe('trusted source links', () => {
  it.each([
    ['https://doi.org/10.1001/jama.2016.2323', true],
    ['https://pubmed.ncbi.nlm.nih.gov/27002445/', true],
    ['https://www.nhs.uk/conditions/back-pain/', true],
    ['https://111.wales.nhs.uk/sciatica/', true],
    ['https://www.nice.org.uk/guidance/ng59', true],
    ['https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD010671.pub3/full', true],
    ['http://doi.org/10.1001/jama.2016.2323', false],
    ['https://doi.org.evil.example/10.1', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => {
    expect(isTrustedSourceUrl(url)).toBe(ok);
  });
});
