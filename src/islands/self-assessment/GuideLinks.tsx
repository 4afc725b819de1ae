import { Fragment } from 'preact';
import { href } from '../../lib/site';
import type { GuideLink } from '../../schemas/quiz';

/** "You might read: A or B.", linking each guide. */
export function GuideLinks({ guides }: { guides: readonly GuideLink[] }) {
  return (
    <span class="sa-guides">
      You might read:{' '}
      {guides.map((g, i) => (
        <Fragment key={g.slug}>
          {i > 0 && ' or '}
          <a href={href(`guides/${g.slug}/`)}>{g.label}</a>
        </Fragment>
      ))}
      .
    </span>
  );
}
