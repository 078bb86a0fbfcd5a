/**
 * Zip archives for the packages, with fflate (MIT, about 8 KB for zip writing, no dependencies,
 * already the smallest maintained pure-JS deflate). Entries get a fixed date and a sorted order
 * with the manifest first, so the same content always builds byte-identical archives.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** A fixed timestamp: zip stores local time from 1980 on; any fixed date keeps builds reproducible. */
const FIXED_DATE = new Date(2020, 0, 1, 0, 0, 0);

export type PackageFiles = ReadonlyMap<string, string | Uint8Array>;

/** Zips files given by path (forward slashes); imsmanifest.xml, when present, comes first. */
export function zipFiles(files: PackageFiles): Uint8Array {
  const paths = [...files.keys()].sort((a, b) =>
    a === 'imsmanifest.xml' ? -1 : b === 'imsmanifest.xml' ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const entries: Zippable = {};
  for (const path of paths) {
    if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`unsafe path in package: ${path}`);
    const content = files.get(path)!;
    entries[path] = [typeof content === 'string' ? strToU8(content) : content, { mtime: FIXED_DATE, level: 9 }];
  }
  return zipSync(entries);
}
