import { getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';

/**
 * The one entry of a widget's data collection (see oneDocument in src/content.config.ts), checked by
 * its schema as Astro loaded it. Throws, naming the file, when the file could not be read at all.
 */
export async function dataEntry<C extends CollectionKey>(collection: C, id: string, file: string): Promise<CollectionEntry<C>['data']> {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`${file}: could not be read as the "${collection}" collection's "${id}" entry (see the error above)`);
  return entry.data;
}
