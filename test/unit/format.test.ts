import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/format';

describe('fillTemplate', () => {
  it.each([
    ['Posted for {{date}}.', { date: '3 May 2026' }, 'Posted for 3 May 2026.'],
    // A Bulgarian date ends in "г.": its full stop ends the sentence as well.
    ['Публикацията е добавена за {{date}}.', { date: '3 май 2026 г.' }, 'Публикацията е добавена за 3 май 2026 г.'],
    ['Deleted: {{post}}.', { post: 'Launch day.' }, 'Deleted: Launch day.'],
    // Only a full stop right after the placeholder is merged.
    ['{{date}}, then more.', { date: '3 май 2026 г.' }, '3 май 2026 г., then more.'],
    ['{{count}} of {{max}}.', { count: 2, max: 5 }, '2 of 5.'],
    ['Version {{v}}', { v: '1.' }, 'Version 1.'],
    // A placeholder without a value stays as written, with its full stop.
    ['Left: {{missing}}.', {}, 'Left: {{missing}}.'],
  ])('%s', (template, values, expected) => {
    expect(fillTemplate(template, values)).toBe(expected);
  });
});
