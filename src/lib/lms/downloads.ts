/**
 * Where the LMS downloads live on the site, one stable path per language, format and scope.
 * Shared by the build integration that writes them and the instructors' page that links them.
 */
import type { Lang } from '../paths';

export type DownloadFormat = 'moodle-xml' | 'gift' | 'qti' | 'scorm';

/** File name endings per format; GIFT files end in .txt, the only kind Moodle's GIFT import accepts. */
const ENDING: Record<DownloadFormat, string> = {
  'moodle-xml': '.xml',
  gift: '.gift.txt',
  qti: '-qti21.zip',
  scorm: '-scorm12.zip',
};

/** The formats with a file per lesson as well as one for the course (QTI is one package). */
export const PER_LESSON_FORMATS: readonly DownloadFormat[] = ['moodle-xml', 'gift', 'scorm'];

/** A download's path on the site, e.g. /downloads/en/gift/smm-academy-en-role.gift.txt. */
export function downloadPath(lang: Lang, format: DownloadFormat, lessonSlug?: string): string {
  if (format === 'qti' && lessonSlug) throw new Error('QTI is one package for the course');
  return `/downloads/${lang}/${format}/smm-academy-${lang}-${lessonSlug ?? 'course'}${ENDING[format]}`;
}

/** Every download of a language: the course files, then each lesson's. */
export function allDownloads(lang: Lang, lessonSlugs: readonly string[]): string[] {
  const formats: DownloadFormat[] = ['moodle-xml', 'gift', 'qti', 'scorm'];
  return [
    ...formats.map((format) => downloadPath(lang, format)),
    ...lessonSlugs.flatMap((slug) => PER_LESSON_FORMATS.map((format) => downloadPath(lang, format, slug))),
  ];
}

/** A file size as the page's language writes it: "12.3 KB" in English, "12,3 KB" in Bulgarian. */
export function formatSize(bytes: number, lang: Lang): string {
  const mb = bytes >= 1024 * 1024;
  const value = bytes / (mb ? 1024 * 1024 : 1024);
  const number = new Intl.NumberFormat(lang === 'bg' ? 'bg' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
  // A no-break space keeps the number and its unit on one line in a narrow table cell.
  return `${number}\u00a0${mb ? 'MB' : 'KB'}`;
}

/** The marker the instructors' page puts where a file's size goes; the build fills it in. */
export const SIZE_ATTRIBUTE = 'data-lms-size';
