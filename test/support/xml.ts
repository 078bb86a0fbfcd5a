/**
 * XML checks for the LMS export tests, with libxml2 (xmllint-wasm: WebAssembly, no system install,
 * no network): well-formedness, and validity against the vendored IMS QTI 2.1 schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import { ROOT } from './content';

const QTI_DIR = join(ROOT, 'test/fixtures/qti21');

/** Reads a vendored schema as UTF-8 (xmllint-wasm takes UTF-8 only; XInclude.xsd is UTF-16 as published). */
function readSchema(name: string): string {
  const bytes = readFileSync(join(QTI_DIR, name));
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  return utf16 ? new TextDecoder('utf-16le').decode(bytes).replace(/^\uFEFF/, '') : bytes.toString('utf8');
}

/** Where the schemas import from, and the vendored file that stands for each address (a catalog). */
const CATALOG: Record<string, string> = {
  'http://www.imsglobal.org/xsd/w3/2001/xml.xsd': 'xml.xsd',
  'http://www.imsglobal.org/xsd/w3/2001/XInclude.xsd': 'XInclude.xsd',
  'http://www.w3.org/Math/XMLSchema/mathml2/mathml2.xsd': 'mathml2-stub.xsd',
  'http://www.imsglobal.org/profile/apip/apipv1p0/apipv1p0_qtiextv2p1_v1p0.xsd': 'apipv1p0_qtiextv2p1_v1p0.xsd',
};

const withCatalog = (schema: string) =>
  Object.entries(CATALOG).reduce((text, [url, file]) => text.split(`"${url}"`).join(`"${file}"`), schema);

export interface XmlReport {
  valid: boolean;
  errors: string[];
}

const report = (result: { valid: boolean; errors: readonly { rawMessage: string }[] }): XmlReport => ({
  valid: result.valid,
  errors: result.errors.map((e) => e.rawMessage),
});

/** Whether every file is well-formed XML, by libxml2's parser. */
export async function checkWellFormed(files: XMLFileInfo[]): Promise<XmlReport> {
  return report(await validateXML({ xml: files, normalization: 'format', maxMemoryPages: 4096 }));
}

/** Whether every file is valid against the IMS QTI 2.1 schema (and therefore well-formed). */
export async function validateQti(files: XMLFileInfo[]): Promise<XmlReport> {
  const result = await validateXML({
    xml: files,
    schema: [{ fileName: 'imsqti_v2p1.xsd', contents: withCatalog(readSchema('imsqti_v2p1.xsd')) }],
    preload: Object.values(CATALOG).map((file) => ({ fileName: file, contents: withCatalog(readSchema(file)) })),
    maxMemoryPages: 4096,
  });
  return report(result);
}

/** Parses XML for reading its content (after checkWellFormed has vouched for it). */
export function readXml(text: string): Document {
  parser ??= new new Window().DOMParser();
  return parser.parseFromString(text, 'application/xml') as unknown as Document;
}

let parser: InstanceType<Window['DOMParser']> | undefined;

/** Parses an HTML page (a SCORM lesson page) for reading. */
export function readHtml(text: string): Document {
  parser ??= new new Window().DOMParser();
  return parser.parseFromString(text, 'text/html') as unknown as Document;
}
