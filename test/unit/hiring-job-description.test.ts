import { describe, expect, it } from 'vitest';
import {
  composeJobDescription,
  defaultJobFields,
  toMarkdown,
  toPlainText,
  type JobContent,
  type JobFields,
  type SectionHeadings,
} from '../../src/lib/hiring/job-description';
import { describeItems } from '../../src/lib/scorecard/items';
import { readJobDraft, writeJobDraft } from '../../src/lib/hiring/job-draft';
import { compileMatch, findPhrases, findPlaceholders, type PhraseCheck } from '../../src/lib/hiring/phrases';

const headings: SectionHeadings = {
  about: 'About the role',
  duties: 'What you will do',
  skills: 'What you bring',
  offer: 'What we offer',
  apply: 'How to apply',
};
const empty: JobFields = { title: '', about: '', duties: '', skills: '', offer: '', apply: '' };

describe('composeJobDescription', () => {
  it('turns list fields into items and text fields into paragraphs, leaving empty sections out', () => {
    const job = composeJobDescription(
      {
        ...empty,
        title: '  Social   media manager ',
        about: 'We bake bread.\nEvery day.\n\n\n\nIn Ruse.',
        duties: '- Plan posts\n\n• Reply to comments\n1. Report monthly\n   ',
        apply: 'Write to us.',
      },
      headings,
    );
    expect(job).toEqual({
      title: 'Social media manager',
      sections: [
        {
          id: 'about',
          heading: 'About the role',
          kind: 'paragraphs',
          lines: ['We bake bread. Every day.', 'In Ruse.'],
        },
        {
          id: 'duties',
          heading: 'What you will do',
          kind: 'list',
          lines: ['Plan posts', 'Reply to comments', 'Report monthly'],
        },
        { id: 'apply', heading: 'How to apply', kind: 'paragraphs', lines: ['Write to us.'] },
      ],
    });
  });

  it('gives nothing at all for empty fields, in either format', () => {
    const job = composeJobDescription({ ...empty, about: ' \n\n ', duties: '-\n•' }, headings);
    expect(job).toEqual({ title: '', sections: [] });
    expect(toMarkdown(job)).toBe('');
    expect(toPlainText(job)).toBe('');
  });

  it('drops control characters and keeps a section without a title', () => {
    const job = composeJobDescription({ ...empty, skills: 'Canva\u0000 and\u0007 Loom' }, headings);
    expect(toPlainText(job)).toBe('What you bring\n• Canva and Loom\n');
  });
});

describe('Markdown and plain text', () => {
  const job = composeJobDescription(
    {
      title: 'Social media manager *urgent* | <b>',
      about: '# Not a heading\n\n1. Not a list either',
      duties: '- Use [links](http://x) and _emphasis_\n- 3.5 hours of `code` a week',
      skills: '',
      offer: 'Salary: 2,000–2,500 euro',
      apply: 'Email jobs@example.com > today!',
    },
    headings,
  );

  it('escapes Markdown in everything typed, so it reads back as the same text', () => {
    expect(toMarkdown(job)).toBe(
      [
        '# Social media manager \\*urgent\\* \\| \\<b\\>',
        '',
        '## About the role',
        '',
        '\\# Not a heading',
        '',
        '1\\. Not a list either',
        '',
        '## What you will do',
        '',
        '- Use \\[links\\](http://x) and \\_emphasis\\_',
        '- 3\\.5 hours of \\`code\\` a week',
        '',
        '## What we offer',
        '',
        '- Salary: 2,000–2,500 euro',
        '',
        '## How to apply',
        '',
        'Email jobs@example.com \\> today\\!',
        '',
      ].join('\n'),
    );
  });

  it('writes plain text exactly as typed: title underlined, bullets, no escapes', () => {
    expect(toPlainText(job)).toBe(
      [
        'Social media manager *urgent* | <b>',
        '===================================',
        '',
        'About the role',
        '# Not a heading',
        '',
        '1. Not a list either',
        '',
        'What you will do',
        '• Use [links](http://x) and _emphasis_',
        '• 3.5 hours of `code` a week',
        '',
        'What we offer',
        '• Salary: 2,000–2,500 euro',
        '',
        'How to apply',
        'Email jobs@example.com > today!',
        '',
      ].join('\n'),
    );
  });

  it('underlines a Cyrillic title with as many signs as it has letters', () => {
    const [first, second] = toPlainText(composeJobDescription({ ...empty, title: 'Мениджър' }, headings)).split('\n');
    expect(second).toBe('='.repeat(first!.length));
  });
});

describe('defaultJobFields', () => {
  const content: JobContent = {
    lines: {
      strategy: { text: 'Build our plan', section: 'duties' },
      canva: { text: 'Design in Canva', section: 'skills' },
      crisis: { text: 'Handle criticism', section: 'duties' },
    },
    defaults: { about: 'About [Company].', offer: ['Salary: [range]', 'Learning'], apply: 'Write to [email].' },
  };

  it('puts the scorecard’s items in order under duties and skills, the employer’s own with the skills', () => {
    const items = describeItems(
      {
        role: 'Social media manager',
        items: [
          { kind: 'taxonomy', id: 'canva' },
          { kind: 'custom', text: 'Speaks Greek' },
          { kind: 'taxonomy', id: 'crisis' },
          { kind: 'taxonomy', id: 'strategy' },
        ],
        scale: 'four',
      },
      new Map(),
      'Role-specific',
    );
    const fields = defaultJobFields('Social media manager', items, content);
    expect(fields).toEqual({
      title: 'Social media manager',
      about: 'About [Company].',
      duties: 'Handle criticism\nBuild our plan',
      skills: 'Design in Canva\nSpeaks Greek',
      offer: 'Salary: [range]\nLearning',
      apply: 'Write to [email].',
    });
  });
});

describe('inclusive-wording checks', () => {
  const checks: PhraseCheck[] = [
    { id: 'age', topic: 'Age', match: ['young', 'digital native*', 'under 30'], why: 'w', instead: 'i' },
    { id: 'appearance', topic: 'Appearance', match: ['good-looking'], why: 'w', instead: 'i' },
    { id: 'gender', topic: 'Gender', match: ['he/she', 'he', 'млад'], why: 'w', instead: 'i' },
  ];

  it('finds whole words in any case, each once, with the spelling used', () => {
    const text = 'Young, YOUNG and young-at-heart digital natives under  30 – youngsters are welcome.';
    expect(findPhrases(text, checks)).toEqual([{ id: 'age', found: ['Young', 'digital natives', 'under  30'] }]);
  });

  it('treats spaces and punctuation between words alike', () => {
    expect(findPhrases('Good looking and he / she', checks)).toEqual([
      { id: 'appearance', found: ['Good looking'] },
      { id: 'gender', found: ['he / she', 'he'] },
    ]);
  });

  it('matches Cyrillic words whole, never inside a longer word', () => {
    expect(findPhrases('Младши специалист в млад екип', checks)).toEqual([{ id: 'gender', found: ['млад'] }]);
    expect(compileMatch('млад').test('младши')).toBe(false);
  });

  it('lists the [placeholders] left to fill in, each once', () => {
    expect(findPlaceholders('[Company] looks… Write to [email] by [date]. [Company]')).toEqual([
      '[Company]',
      '[email]',
      '[date]',
    ]);
    expect(findPlaceholders('Nothing to fill in; a [\nbroken] bracket')).toEqual([]);
  });
});

describe('job description drafts', () => {
  const fields: JobFields = { ...empty, title: 'Мениджър на социални медии', duties: '- Plan\n- Post' };

  it('read back what was written', () => {
    expect(readJobDraft(writeJobDraft({ template: 'abc', fields }))).toEqual({ template: 'abc', fields });
  });

  it('read anything else as no draft, never throwing', () => {
    for (const raw of [null, '', '{', '[]', '{"template":1,"fields":{}}', '{"template":"a","fields":{"title":""}}']) {
      expect(readJobDraft(raw), String(raw)).toBeUndefined();
    }
  });
});
