/** Fetches a language's course pack (precached with the app shell, so it loads offline too). */
import { readCoursePack, type CoursePack } from '../../lib/offline/pack';

export async function fetchPack(url: string): Promise<CoursePack | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? readCoursePack(await response.json()) : undefined;
  } catch {
    return undefined;
  }
}
