/**
 * The LMS downloads as the build wrote them into dist/: every file the instructors' pages name
 * exists, each page shows its size, and every package's manifest is well-formed and lists exactly
 * its files. The SCORM pages carry each bank's questions and keys unchanged, in both languages.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { allDownloads, downloadPath, formatSize } from '../../src/lib/lms/downloads';
import { LMS_LANGS, realCourse } from '../support/lms';
import { checkWellFormed, readXml } from '../support/xml';

const DIST = resolve(import.meta.dirname, '../../dist');
const read = (path: string) => readFileSync(join(DIST, path));

describe.each(LMS_LANGS)('LMS downloads (%s)', (lang) => {
  const course = realCourse(lang);
  const paths = allDownloads(
    lang,
    course.lessons.map((l) => l.slug),
  );

  it('writes every download and shows each size on the instructors’ page', () => {
    const page = readFileSync(join(DIST, lang === 'en' ? '' : lang, 'instructors/lms/index.html'), 'utf8');
    for (const path of paths) {
      expect(existsSync(join(DIST, path)), path).toBe(true);
      expect(page).toContain(`href="${path}"`);
      expect(page).toContain(`data-lms-size="${path}">${formatSize(statSync(join(DIST, path)).size, lang)}<`);
    }
  });

  it('zips packages whose well-formed manifests list exactly their files', async () => {
    const zips = paths.filter((p) => p.endsWith('.zip'));
    const manifests = [];
    for (const path of zips) {
      const files = unzipSync(read(path));
      const manifest = strFromU8(files['imsmanifest.xml']!);
      manifests.push({ fileName: path.replace(/\//g, '_'), contents: manifest });
      const listed = [...readXml(manifest).querySelectorAll('file')].map((f) => f.getAttribute('href'));
      expect(new Set(listed).size, path).toBe(listed.length);
      expect([...listed].sort(), path).toEqual(
        Object.keys(files)
          .filter((f) => f !== 'imsmanifest.xml')
          .sort(),
      );
    }
    expect((await checkWellFormed(manifests)).errors).toEqual([]);
  }, 60_000);

  it('puts each bank, unchanged, into the SCORM pages of the course package and of each lesson', () => {
    const whole = unzipSync(read(downloadPath(lang, 'scorm')));
    for (const lesson of course.lessons) {
      for (const files of [whole, unzipSync(read(downloadPath(lang, 'scorm', lesson.slug)))]) {
        const page = strFromU8(files[`${lesson.slug}.html`]!);
        // The config is JSON with "<" escaped (serializeConfig), so no "</script>" can occur inside it.
        const json = /<smm-quiz\b[\s\S]*?<script type="application\/json" data-config[^>]*>([\s\S]*?)<\/script>/.exec(
          page,
        )![1]!;
        const config = JSON.parse(json) as { questions: unknown[] };
        const strip = (q: object) => JSON.parse(JSON.stringify({ ...q, lesson: undefined })) as unknown;
        expect(config.questions.map((q) => strip(q as object))).toEqual(lesson.bank.questions.map(strip));
        expect(page).toMatch(new RegExp(`^<!doctype html><html lang="${lang}"`));
      }
    }
  });
});
