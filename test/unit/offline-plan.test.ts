import { describe, expect, it } from 'vitest';
import { formatMegabytes, planDownload, readStoredPack } from '../../src/lib/offline/download-plan';
import type { CoursePack } from '../../src/lib/offline/pack';

const pack: CoursePack = {
  version: 'v2',
  lang: 'en',
  shell: [{ url: '/', title: 'Home' }],
  pages: [{ url: '/course/role/', title: 'The role' }],
  files: [
    { url: '/_astro/quiz.abc.js', bytes: 1000, cache: 'assets' },
    { url: '/pagefind/index/en_1.pf_index', bytes: 2000, cache: 'search' },
    { url: '/quizzes/en/pool.json', bytes: 300, cache: 'pages' },
    { url: '/course/role/', bytes: 40_000, cache: 'pages' },
  ],
  bytes: 43_300,
};
const all = new Set(pack.files.map((file) => file.url));
const urls = (files: { url: string }[]) => files.map((file) => file.url);

describe('offline download plan', () => {
  it('offers the whole pack when nothing is stored', () => {
    const plan = planDownload(pack, new Set(['/unrelated/']));
    expect(plan).toMatchObject({ state: 'none', bytesToFetch: 43_300, bytesStored: 0 });
    expect(urls(plan.toFetch)).toEqual(urls(pack.files));
  });

  it('offers the rest after a download that stopped part-way, or a page visited', () => {
    const plan = planDownload(pack, new Set(['/_astro/quiz.abc.js', '/course/role/']));
    expect(plan).toMatchObject({ state: 'partial', bytesToFetch: 2300, bytesStored: 41_000 });
    expect(urls(plan.toFetch)).toEqual(['/pagefind/index/en_1.pf_index', '/quizzes/en/pool.json']);
  });

  it('is complete when every file is stored, with or without a record', () => {
    expect(planDownload(pack, all)).toMatchObject({ state: 'complete', toFetch: [], bytesToFetch: 0 });
    const record = { version: 'v2', storedAt: '2026-11-29T10:00:00.000Z' };
    expect(planDownload(pack, all, record)).toMatchObject({ state: 'complete', bytesStored: 43_300 });
  });

  it('after an update fetches pages and data again, but keeps hashed files whose names did not change', () => {
    const plan = planDownload(pack, all, { version: 'v1', storedAt: '2026-11-01T10:00:00Z' });
    expect(plan.state).toBe('outdated');
    expect(urls(plan.toFetch)).toEqual(['/quizzes/en/pool.json', '/course/role/']);
    expect(plan.bytesToFetch).toBe(40_300);
  });

  it('is not outdated when the record is old but nothing of the pack is left', () => {
    expect(planDownload(pack, new Set(), { version: 'v1', storedAt: '2026-11-01T10:00:00Z' }).state).toBe('none');
  });

  it('reads only a well-formed record', () => {
    expect(readStoredPack({ version: 'v1', storedAt: '2026-11-01T10:00:00.000Z', pages: [] })).toEqual({
      version: 'v1',
      storedAt: '2026-11-01T10:00:00.000Z',
    });
    for (const bad of [
      null,
      'v1',
      { version: 1, storedAt: '2026-11-01T10:00:00Z' },
      { version: 'v1', storedAt: 'yesterday' },
    ])
      expect(readStoredPack(bad)).toBeUndefined();
  });

  it('formats megabytes with one decimal in the reader’s language', () => {
    expect(formatMegabytes(4_250_000, 'en')).toBe('4.3');
    expect(formatMegabytes(4_250_000, 'bg')).toBe('4,3');
    expect(formatMegabytes(12_345, 'en')).toBe('0.1');
    expect(formatMegabytes(0, 'en')).toBe('0.0');
  });
});
