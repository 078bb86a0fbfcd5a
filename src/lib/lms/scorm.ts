/**
 * SCORM 1.2 packages: one per lesson, and one for the whole course with a SCO per lesson (the LMS
 * shows them as a table of contents and records each). Every lesson page shares one copy of the
 * stylesheets and the player in assets/. The manifest lists every file of the package.
 */
import { lessonLabel, type LmsLesson } from './course';
import { escapeXml } from './text';
import type { PackageFiles } from './zip';

/** The lesson page of a package, at its root. */
export const scoFileName = (lesson: LmsLesson): string => `${lesson.slug}.html`;

export interface ScormPackageInput {
  /** The lessons in this package: one, or the whole course. */
  lessons: readonly LmsLesson[];
  /** The title of the package (the organisation). */
  title: string;
  /** Each lesson's page by slug (see toScoPage). */
  pages: ReadonlyMap<string, string>;
  /** Shared files (stylesheets, player) by package path, e.g. "assets/site.css". */
  assets: PackageFiles;
  /** The pass mark, written as each item's mastery score. */
  passMark: number;
  /** A stable identifier for the manifest, e.g. "smm-academy-en-role". */
  identifier: string;
}

function manifest(input: ScormPackageInput): string {
  const items = input.lessons.map(
    (lesson) =>
      `      <item identifier="item-${lesson.slug}" identifierref="res-${lesson.slug}">` +
      `<title>${escapeXml(lessonLabel(lesson))}</title>` +
      `<adlcp:masteryscore>${input.passMark}</adlcp:masteryscore></item>`,
  );
  const resources = input.lessons.map(
    (lesson) =>
      `    <resource identifier="res-${lesson.slug}" type="webcontent" adlcp:scormtype="sco" href="${scoFileName(lesson)}">` +
      `<file href="${scoFileName(lesson)}"/><dependency identifierref="shared-assets"/></resource>`,
  );
  const assets = [...input.assets.keys()].sort().map((path) => `<file href="${escapeXml(path)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${input.identifier}" version="1.0"`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">',
    '  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>',
    '  <organizations default="smm-academy">',
    `    <organization identifier="smm-academy"><title>${escapeXml(input.title)}</title>`,
    ...items,
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    ...resources,
    `    <resource identifier="shared-assets" type="webcontent" adlcp:scormtype="asset">${assets.join('')}</resource>`,
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** Every file of a SCORM 1.2 package, by path, the manifest first. */
export function scormPackageFiles(input: ScormPackageInput): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>([['imsmanifest.xml', manifest(input)]]);
  for (const lesson of input.lessons) {
    const page = input.pages.get(lesson.slug);
    if (page === undefined) throw new Error(`SCORM package ${input.identifier}: no page for lesson ${lesson.slug}`);
    files.set(scoFileName(lesson), page);
  }
  for (const [path, content] of input.assets) files.set(path, content);
  return files;
}
