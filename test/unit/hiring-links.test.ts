import { describe, expect, it } from 'vitest';
import {
  decodeGuideLink,
  encodeGuide,
  MAX_OWN_QUESTION_LENGTH,
  questionsFor,
  startGuide,
  type InterviewGuide,
  type QuestionIds,
} from '../../src/lib/hiring/guide';
import { decodeTaskLink, encodeTaskLink } from '../../src/lib/hiring/task-link';
import { encodeFilled, startScorecard } from '../../src/lib/scorecard/filled';
import { MAX_CUSTOM_LENGTH } from '../../src/lib/scorecard/limits';
import { encodeTemplate, type ItemRef, type ScorecardTemplate } from '../../src/lib/scorecard/template';
import { encodeState, MAX_STATE_LENGTH } from '../../src/lib/url-state';
import { InterviewBankSchema } from '../../src/schemas/hiring';
import { readYaml } from '../support/content';
import { KNOWN_IDS } from '../support/scorecard';

const bank = InterviewBankSchema.parse(readYaml('hiring/en/questions.yaml'));
const ids: QuestionIds = {
  items: Object.fromEntries(bank.items.map((entry) => [entry.item, entry.questions.map((q) => q.id)])),
  custom: bank.custom.map((q) => q.id),
};
const template: ScorecardTemplate = {
  role: 'Social media manager',
  items: [
    { kind: 'taxonomy', id: 'crisis' },
    { kind: 'custom', text: 'Speaks Greek' },
    { kind: 'taxonomy', id: 'canva' },
  ],
  scale: 'five',
};
const hashOf = (result: { ok: true; hash: string } | { ok: false }) => {
  if (!result.ok) throw new Error('too long');
  return result.hash;
};

describe('interview guide links', () => {
  it('open a template link as a new guide with each item’s first question picked', () => {
    const decoded = decodeGuideLink(hashOf(encodeTemplate(template)), KNOWN_IDS, ids);
    expect(decoded).toEqual({
      ok: true,
      guide: {
        template,
        picks: [['crisis-hardest-criticism'], ['custom-recent-example'], ['canva-on-brand']],
        own: ['', '', ''],
      },
    });
  });

  it('open a filled scorecard’s link as a guide for its template', () => {
    const filled = hashOf(encodeFilled({ ...startScorecard(template, 'self'), candidate: 'Maria' }));
    const decoded = decodeGuideLink(filled, KNOWN_IDS, ids);
    expect(decoded.ok && decoded.guide.template).toEqual(template);
  });

  it('round-trip the picks and the interviewers’ own questions', () => {
    const guide: InterviewGuide = {
      template,
      picks: [['crisis-saturday-claim', 'crisis-hardest-criticism'], [], ['canva-no-designer']],
      own: ['', 'Ask them to read a caption aloud in Greek', ''],
    };
    const decoded = decodeGuideLink(hashOf(encodeGuide(guide, ids)), KNOWN_IDS, ids);
    // Picks come back in bank order, whatever order they were made in.
    expect(decoded).toEqual({
      ok: true,
      guide: { ...guide, picks: [['crisis-hardest-criticism', 'crisis-saturday-claim'], [], ['canva-no-designer']] },
    });
  });

  it('fit the largest scorecard with every question picked', () => {
    const everything: ScorecardTemplate = {
      role: 'Мениджър на социални медии във верига пекарни',
      items: [
        ...[...KNOWN_IDS].map((id): ItemRef => ({ kind: 'taxonomy', id })),
        ...[1, 2, 3, 4, 5].map((n): ItemRef => ({ kind: 'custom', text: `${n}${'ж'.repeat(MAX_CUSTOM_LENGTH - 1)}` })),
      ],
      scale: 'four',
    };
    const guide = startGuide(everything, ids);
    expect(encodeGuide(guide, ids).ok).toBe(true);
    const all = { ...guide, picks: everything.items.map((item) => [...questionsFor(item, ids)]) };
    const encoded = encodeGuide(all, ids);
    expect(encoded.ok).toBe(true);
    const talkative = { ...all, own: everything.items.map(() => 'я'.repeat(MAX_OWN_QUESTION_LENGTH)) };
    // Too long is said, never cut: the page keeps the guide and explains.
    expect(encodeGuide(talkative, ids)).toMatchObject({ ok: false, reason: 'too-long' });
    expect(MAX_STATE_LENGTH).toBe(2000);
  });

  it('refuse questions from another item, repeats, unknown ids and own questions that are too long', () => {
    const base = { r: 'Role', i: ['crisis', 0], c: ['Speaks Greek'], s: 'four' };
    const beyond = 1 << ids.items.crisis!.length;
    const bad = [
      { ...base, q: [beyond, 0] },
      { ...base, q: [-1, 0] },
      { ...base, q: [1.5, 0] },
      { ...base, q: [['crisis-saturday-claim'], 0] },
      { ...base, q: [0] },
      { ...base, q: [0, 0], o: ['x'.repeat(MAX_OWN_QUESTION_LENGTH + 1)] },
      { ...base, q: [0, 0], o: ['two\nlines'] },
      { ...base, r: '', q: [0, 0] },
    ];
    for (const data of bad) {
      expect(decodeGuideLink(encodeState('interview-guide', 1, data), KNOWN_IDS, ids), JSON.stringify(data)).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
    expect(decodeGuideLink(encodeState('interview-guide', 1, { ...base, q: [0, 3] }), KNOWN_IDS, ids).ok).toBe(true);
  });

  it('say why a link cannot open: damaged, newer, unfinished, or of another kind', () => {
    const hash = hashOf(encodeGuide(startGuide(template, ids), ids));
    expect(decodeGuideLink(hash.slice(0, -6), KNOWN_IDS, ids)).toMatchObject({ ok: false });
    expect(decodeGuideLink(encodeState('interview-guide', 2, {}), KNOWN_IDS, ids)).toEqual({
      ok: false,
      reason: 'future-version',
    });
    expect(decodeGuideLink(encodeState('scorecard', 9, {}), KNOWN_IDS, ids)).toEqual({
      ok: false,
      reason: 'future-version',
    });
    const unfinished = hashOf(encodeTemplate({ ...template, role: '' }));
    expect(decodeGuideLink(unfinished, KNOWN_IDS, ids)).toEqual({ ok: false, reason: 'incomplete' });
    expect(decodeGuideLink(encodeState('assignment', 1, {}), KNOWN_IDS, ids)).toEqual({
      ok: false,
      reason: 'wrong-kind',
    });
  });
});

describe('work-sample task links', () => {
  const tasks = ['rrs-audit', 'editorial-week', 'difficult-comment'];

  it('round-trip the task and the role', () => {
    const link = { task: 'editorial-week', role: 'Мениджър на социални медии' };
    expect(decodeTaskLink(encodeTaskLink(link), tasks)).toEqual({ ok: true, link });
    expect(decodeTaskLink(encodeTaskLink({ task: 'rrs-audit', role: '' }), tasks)).toEqual({
      ok: true,
      link: { task: 'rrs-audit', role: '' },
    });
  });

  it('refuse unknown tasks, untidy roles, newer and damaged links', () => {
    expect(decodeTaskLink(encodeState('work-sample', 1, { t: 'essay', r: '' }), tasks)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(decodeTaskLink(encodeState('work-sample', 1, { t: 'rrs-audit', r: ' padded ' }), tasks)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(decodeTaskLink(encodeState('work-sample', 2, {}), tasks)).toEqual({ ok: false, reason: 'future-version' });
    expect(decodeTaskLink('%%%', tasks)).toEqual({ ok: false, reason: 'malformed' });
  });
});
