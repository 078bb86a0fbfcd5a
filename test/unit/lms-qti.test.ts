import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { itemPath, qtiPackageFiles, testPath } from '../../src/lib/lms/qti';
import { zipFiles } from '../../src/lib/lms/zip';
import type { Question } from '../../src/schemas/quiz';
import type { LmsCourse } from '../../src/lib/lms/course';
import { decodeHtml, LMS_LANGS, realCourse, specialCourse } from '../support/lms';
import { readXml, validateQti } from '../support/xml';

/** The right answer a QTI item declares, in bank terms. */
function declaredKey(doc: Document): string[] {
  return [...doc.querySelectorAll('responseDeclaration > correctResponse > value')].map((v) => v.textContent ?? '');
}

function expectedKey(question: Question): string[] {
  switch (question.type) {
    case 'single':
      return [`o_${question.answer}`];
    case 'multiple':
      return question.answer.map((id) => `o_${id}`);
    case 'truefalse':
      return [`o_${question.answer}`];
    case 'matching':
      return question.pairs.map((p) => `l_${p.id} r_${p.id}`);
    case 'ordering':
      return question.items.map((i) => `o_${i.id}`);
    case 'numeric':
      return [String(question.answer)];
  }
}

/** Checks the package's manifest against its files and every item against its bank question. */
function expectSamePackage(course: LmsCourse, files: Map<string, string>) {
  const manifest = readXml(files.get('imsmanifest.xml')!);
  const listed = [...manifest.querySelectorAll('resource > file')].map((f) => f.getAttribute('href'));
  expect([...listed].sort()).toEqual([...files.keys()].filter((p) => p !== 'imsmanifest.xml').sort());
  const ids = new Set([...manifest.querySelectorAll('resource')].map((r) => r.getAttribute('identifier')));
  for (const dep of manifest.querySelectorAll('dependency'))
    expect(ids.has(dep.getAttribute('identifierref'))).toBe(true);

  for (const lesson of course.lessons) {
    const test = readXml(files.get(testPath(lesson))!);
    expect(test.querySelectorAll('assessmentSection')).toHaveLength(1);
    expect(test.querySelectorAll('assessmentItemRef')).toHaveLength(lesson.bank.questions.length);
    lesson.bank.questions.forEach((question) => {
      const doc = readXml(files.get(itemPath(lesson, question))!);
      expect(declaredKey(doc)).toEqual(expectedKey(question));
      const feedback = [...doc.querySelectorAll('modalFeedback')].map((f) => decodeHtml(f.textContent ?? ''));
      if (question.type === 'single' || question.type === 'multiple') {
        expect(feedback).toEqual(question.options.map((o) => `${o.text} — ${o.explanation}`));
      } else expect(feedback).toEqual([question.explanation]);
    });
  }
}

const xmlFiles = (files: Map<string, string>, prefix: string) =>
  [...files]
    .filter(([path]) => path !== 'imsmanifest.xml')
    .map(([path, contents]) => ({ fileName: `${prefix}-${path.replace(/\//g, '_')}`, contents }));

describe('QTI 2.1 export', () => {
  it('writes items and tests that the IMS QTI 2.1 schema accepts, for every bank in both languages', async () => {
    const all = [
      ...LMS_LANGS.flatMap((lang) => xmlFiles(qtiPackageFiles(realCourse(lang)), lang)),
      ...xmlFiles(qtiPackageFiles(specialCourse()), 'special'),
    ];
    expect(all.length).toBeGreaterThan(200);
    const result = await validateQti(all);
    expect(result.errors.filter((e) => !/validates$/.test(e))).toEqual([]);
    expect(result.valid).toBe(true);
  }, 120_000);

  it('is checked for real: an item the schema does not allow fails', async () => {
    const course = specialCourse();
    const [lesson] = course.lessons;
    const item = qtiPackageFiles(course).get(itemPath(lesson!, lesson!.bank.questions[0]!))!;
    const result = await validateQti([
      { fileName: 'bad.xml', contents: item.replace('<itemBody>', '<itemBody><bogus/>') },
    ]);
    expect(result.valid).toBe(false);
  }, 60_000);

  it('keeps text full of control characters intact', () => {
    const course = specialCourse();
    expectSamePackage(course, qtiPackageFiles(course));
  });

  for (const lang of LMS_LANGS) {
    it(`${lang}: the manifest lists every file, and every item keeps its bank question's key and feedback`, () => {
      const course = realCourse(lang);
      expectSamePackage(course, qtiPackageFiles(course));
    }, 60_000);
  }

  it('zips the package reproducibly, manifest first', () => {
    const files = qtiPackageFiles(specialCourse());
    const zip = zipFiles(files);
    expect(zipFiles(files)).toEqual(zip);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped)[0]).toBe('imsmanifest.xml');
    expect(Object.fromEntries(Object.entries(unzipped).map(([k, v]) => [k, strFromU8(v)]))).toEqual(
      Object.fromEntries(files),
    );
  });
});
