import { z } from 'astro/zod';

/** Hosts whose links are papers: DOI, PubMed and PMC. */
const PAPER_HOSTS = ['doi.org', 'pubmed.ncbi.nlm.nih.gov', 'pmc.ncbi.nlm.nih.gov', 'www.ncbi.nlm.nih.gov'] as const;

/** Hosts we accept as evidence links: DOI, PubMed/PMC, NHS, NICE, Cochrane and SAMHSA's library. */
export const TRUSTED_SOURCE_HOSTS = [...PAPER_HOSTS, 'www.nhs.uk', 'www.nice.org.uk', 'www.cochranelibrary.com', 'library.samhsa.gov'] as const;

/** The URL parsed, or null when it is not a valid https URL. */
function httpsUrl(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** True when the URL is https and on one of the trusted hosts (or an nhs.uk subdomain). */
export function isTrustedSourceUrl(url: string): boolean {
  const host = httpsUrl(url)?.hostname;
  if (!host) return false;
  return (TRUSTED_SOURCE_HOSTS as readonly string[]).includes(host) || host.endsWith('.nhs.uk') || host.endsWith('.nhs.wales');
}

/** True for a link to a paper (DOI, PubMed, PMC or a Cochrane review) rather than to a guidance or information page. */
export function isPaperUrl(url: string): boolean {
  const parsed = httpsUrl(url);
  if (!parsed) return false;
  return (PAPER_HOSTS as readonly string[]).includes(parsed.hostname) || (parsed.hostname === 'www.cochranelibrary.com' && parsed.pathname.startsWith('/cdsr/'));
}

/** One piece of evidence a guide cites. */
export const sourceSchema = z
  .object({
    /** Title of the paper, review or page, as published. */
    title: z.string().min(3),
    /** Authors as a short string ("Cherkin DC, et al."); optional for organisation pages. */
    authors: z.string().min(2).optional(),
    /**
     * Year of publication, or of a web page's last review. Required for papers. Leave it out for a
     * web page whose review date we could not confirm: the page then shows no year rather than a guess.
     */
    year: z.number().int().min(1950).max(2100).optional(),
    /** A DOI, PubMed/PMC, NHS, NICE, Cochrane or SAMHSA library link (https). */
    url: z.string().refine(isTrustedSourceUrl, {
      message: `must be an https link on one of: ${TRUSTED_SOURCE_HOSTS.join(', ')} (or another nhs.uk site)`,
    }),
  })
  .refine((s) => s.year !== undefined || !isPaperUrl(s.url), {
    message: 'a paper (DOI, PubMed, PMC or Cochrane review link) needs its year of publication',
    path: ['year'],
  });

/** A source as it appears in frontmatter. */
export type Source = z.infer<typeof sourceSchema>;
