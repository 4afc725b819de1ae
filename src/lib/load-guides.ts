import { getCollection, type CollectionEntry } from 'astro:content';
import { assertRelatedExist, sortGuides } from './guides';

/** Every guide, in reading order, after checking that each `related` slug exists (fails the build if not). */
export async function loadGuides(): Promise<CollectionEntry<'guides'>[]> {
  const guides = await getCollection('guides');
  assertRelatedExist(guides);
  return sortGuides(guides);
}
