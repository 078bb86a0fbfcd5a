import { describe, expect, it } from 'vitest';
import { exportCsv, exportMarkdown, type CsvLabels } from '../../src/lib/checklist/export';
import { createEmptyState, updateItem } from '../../src/lib/checklist/state';
import { OUTLINE as outline } from '../support/checklist';

const labels: CsvLabels = {
  section: 'Section',
  item: 'Step',
  done: 'Done',
  note: 'Note',
  evidence: 'Evidence',
  yes: 'yes',
  no: 'no',
};

let state = createEmptyState();
state = updateItem(state, 'read-books', {
  done: true,
  note: 'Finished "Strategy",\nstarted another',
  evidence: 'https://example.org/notes',
});
state = updateItem(state, 'join-groups', { note: '=SUM(A1) *not* [a link](https://x.org)' });
state = updateItem(state, 'build-portfolio', { done: true, evidence: 'https://example.org/portfolio' });

describe('exportMarkdown', () => {
  it('writes one task-list line per step under section headings', () => {
    expect(exportMarkdown(outline, state)).toBe(
      [
        '# Your path',
        '',
        '## Training',
        '',
        '- [x] Read two books — Finished "Strategy", started another (<https://example.org/notes>)',
        '- [ ] Join groups — \\=SUM(A1) \\*not\\* \\[a link\\](https://x.org)',
        '',
        '## First job',
        '',
        '- [x] Build a portfolio (<https://example.org/portfolio>)',
        '',
      ].join('\n'),
    );
  });

  it('lists every step unticked for an empty state', () => {
    const text = exportMarkdown(outline, createEmptyState());
    expect(text.match(/^- \[ \] /gm)).toHaveLength(3);
    expect(text).not.toContain('[x]');
  });

  it('escapes notes with the shared inline escaper, so markup and line starts stay text', () => {
    const note = '# 1 tip | <b>bold</b> & ~gone~\n- a list?';
    const text = exportMarkdown(outline, updateItem(createEmptyState(), 'read-books', { note }));
    expect(text).toContain('- [ ] Read two books — \\# 1 tip \\| \\<b\\>bold\\</b\\> \\& \\~gone\\~ - a list?');
  });

  it('keeps Cyrillic as it is', () => {
    const bg = { ...outline, sections: [{ id: 's', title: 'Обучение', items: [{ id: 'a', title: 'Прочетете' }] }] };
    const text = exportMarkdown(bg, updateItem(createEmptyState(), 'a', { done: true, note: 'Готово' }));
    expect(text).toContain('- [x] Прочетете — Готово');
  });
});

describe('exportCsv', () => {
  it('writes a header and one row per step, quoted and defused', () => {
    expect(exportCsv(outline, state, labels, 'en')).toBe(
      [
        'Section,Step,Done,Note,Evidence',
        'Training,Read two books,yes,"Finished ""Strategy"",\nstarted another",https://example.org/notes',
        "Training,Join groups,no,'=SUM(A1) *not* [a link](https://x.org),",
        'First job,Build a portfolio,yes,,https://example.org/portfolio',
        '',
      ].join('\r\n'),
    );
  });

  it('uses the labels and the CSV dialect of the page language', () => {
    const bg = { ...labels, section: 'Раздел', yes: 'да', no: 'не' };
    const lines = exportCsv(outline, createEmptyState(), bg, 'bg').split('\r\n');
    expect(lines[0]).toBe('Раздел;Step;Done;Note;Evidence');
    expect(lines.slice(1, 4).every((line) => line.includes(';не;'))).toBe(true);
  });
});
