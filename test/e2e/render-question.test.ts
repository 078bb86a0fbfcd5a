// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, type UiStrings } from '../../src/lib/ui-strings';
import { renderQuestion } from '../../src/scripts/quiz/render-question';
import type { ConfigQuestion } from '../../src/scripts/quiz/quiz-base';

/**
 * A new attempt of the final assessment builds questions in the browser (render-question.ts); they
 * must have the same structure as the server's (QuizQuestion.astro), or styles, scripts and
 * accessibility would differ between the first attempt and the next.
 */
const DIST = resolve(import.meta.dirname, '../../dist');

/** Tags, classes, roles, types and the names of data-/aria- attributes, in document order. */
function signature(root: Element): string[] {
  return [root, ...root.querySelectorAll('*')]
    .filter((node) => !node.closest('[data-answer-key]'))
    .map((node) => {
      const attributes = [...node.attributes]
        .filter((a) => /^(data-|aria-(?!label$))|^(role|type|for|inputmode|class)$/.test(a.name))
        .filter((a) => !(a.name === 'class' && a.value.startsWith('astro-')))
        .map((a) =>
          a.name.startsWith('data-') || a.name === 'for' || a.name.startsWith('aria-')
            ? a.name
            : `${a.name}=${a.value.replace(/\s*astro-\S+/g, '')}`,
        )
        .sort();
      return `${node.tagName.toLowerCase()}[${attributes.join(' ')}]`;
    });
}

/** Each element's own text, sorted, leaving out the question number and the answer key. */
const texts = (root: Element): string[] =>
  [root, ...root.querySelectorAll('*')]
    .filter((node) => !node.closest('[data-answer-key], .number'))
    .map((node) =>
      [...node.childNodes]
        .filter((child) => child.nodeType === 3)
        .map((child) => child.textContent)
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .sort();

describe.each(['course/final-assessment', 'bg/course/final-assessment'])('%s', (page) => {
  const html = readFileSync(resolve(DIST, page, 'index.html'), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const config = JSON.parse(doc.querySelector('smm-final-assessment > script[data-config]')!.textContent!) as {
    strings: UiStrings;
    questions: ConfigQuestion[];
  };
  const t = createTranslator(config.strings);
  const types = [...new Set(config.questions.map((q) => q.type))];

  it('has questions of most types in the page draw', () => {
    expect(types.length).toBeGreaterThanOrEqual(4);
  });

  it.each(types)('builds %s questions with the same structure as the server', (type) => {
    const question = config.questions.find((q) => q.type === type)!;
    const server = doc.querySelector(`[data-question="${question.id}"]`)!;
    const client = renderQuestion(question, 'final', t);
    // The client leaves out what JavaScript replaces: the answer key (feedback) and hidden-until-JS flags.
    for (const node of server.querySelectorAll('[hidden]')) node.removeAttribute('hidden');
    expect(signature(client)).toEqual(signature(server));
    // The same words, in any order: choices are shuffled per attempt, and numbers are set on start.
    expect(texts(client)).toEqual(texts(server));
  });
});
