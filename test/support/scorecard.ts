/** Shared helpers for the scorecard tests: the real taxonomy and random scorecards. */
import { TaxonomySchema, type Taxonomy } from '../../src/schemas/taxonomy';
import type { ScorecardTemplate, ItemRef } from '../../src/lib/scorecard/template';
import type { FilledScorecard, Use } from '../../src/lib/scorecard/filled';
import {
  MAX_CUSTOM_ITEMS,
  MAX_CUSTOM_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_ROLE_LENGTH,
  SCALE_IDS,
  SCALES,
} from '../../src/lib/scorecard/limits';
import { cleanBlock, cleanLine } from '../../src/lib/scorecard/text';
import { flattenTaxonomy } from '../../src/lib/scorecard/taxonomy';
import { createRandom, shuffle } from '../../src/lib/random';
import { readYaml } from './content';

export function loadTaxonomy(lang: 'en' | 'bg'): Taxonomy {
  return TaxonomySchema.parse(readYaml(`taxonomy/${lang}/skills.yaml`));
}

export const taxonomyEntries = (lang: 'en' | 'bg') => flattenTaxonomy(loadTaxonomy(lang));
export const KNOWN_IDS: ReadonlySet<string> = new Set(taxonomyEntries('en').map((entry) => entry.id));

// Latin, Cyrillic, punctuation, quotes, emoji, whitespace and control characters, CSV/Markdown/HTML specials.
const ALPHABET = [
  ...'abcXYZ019 ',
  ...'абвгдежзийклмнопрстуфхцчшщъьюяЖЩЪ',
  ...'„“”’–—…',
  ...'"\',;=+-@|*_[]<>&\\#`~',
  '😀',
  '\n',
  '\t',
  '\u0000',
  '\u202E',
  '\uD800',
];

/** Random text of up to `max` characters from a mixed alphabet (not yet cleaned). */
export function randomText(random: () => number, max: number): string {
  const length = Math.floor(random() * (max + 1));
  return Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
}

/** A random template as the builder could produce it (cleaned text, valid ids, unique customs). */
export function randomTemplate(seed: number): ScorecardTemplate {
  const random = createRandom(seed);
  const ids = shuffle([...KNOWN_IDS], seed).slice(0, Math.floor(random() * (KNOWN_IDS.size + 1)));
  const customs = new Set<string>();
  const wanted = Math.floor(random() * (MAX_CUSTOM_ITEMS + 1));
  for (let tries = 0; customs.size < wanted && tries < 50; tries++) {
    const text = cleanLine(randomText(random, MAX_CUSTOM_LENGTH + 10), MAX_CUSTOM_LENGTH);
    if (text) customs.add(text);
  }
  const refs: ItemRef[] = [
    ...ids.map((id): ItemRef => ({ kind: 'taxonomy', id })),
    ...[...customs].map((text): ItemRef => ({ kind: 'custom', text })),
  ];
  return {
    role: cleanLine(randomText(random, MAX_ROLE_LENGTH + 10), MAX_ROLE_LENGTH),
    items: shuffle(refs, seed + 1),
    scale: SCALE_IDS[Math.floor(random() * SCALE_IDS.length)]!,
  };
}

/** A random filled scorecard over a complete random template. */
export function randomFilled(seed: number): FilledScorecard {
  const random = createRandom(seed * 7 + 3);
  let template = randomTemplate(seed);
  if (!template.role) template = { ...template, role: 'Social media manager' };
  if (template.items.length === 0) template = { ...template, items: [{ kind: 'taxonomy', id: 'strategy' }] };
  const use: Use = random() < 0.5 ? 'self' : 'interviewer';
  const points = SCALES[template.scale];
  return {
    template,
    use,
    candidate: cleanLine(randomText(random, MAX_NAME_LENGTH), MAX_NAME_LENGTH),
    interviewer: use === 'self' ? '' : cleanLine(randomText(random, MAX_NAME_LENGTH), MAX_NAME_LENGTH),
    ratings: template.items.map(() => Math.floor(random() * (points + 1))),
    // Mostly short notes, so that many cards fit a link; some empty.
    notes: template.items.map(() => (random() < 0.4 ? '' : cleanBlock(randomText(random, 20), MAX_NOTE_LENGTH))),
  };
}

/** A small RFC 4180 reader, to check what a spreadsheet would see in an export (";" for Bulgarian). */
export function parseCsv(csv: string, delimiter: ',' | ';' = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted && c === '"' && csv[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === delimiter) {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}
