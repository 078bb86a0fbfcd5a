// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORAGE_PREFIX } from '../../../src/lib/storage';
import { STORAGE_KEYS } from '../../../src/lib/storage-keys';
import '../../../src/scripts/progress/continue-element';

const KEY = STORAGE_PREFIX + STORAGE_KEYS.lessons;
const at = '2026-05-03T10:00:00.000Z';
const strings = {
  'progress.continue.start': 'Start the course',
  'progress.continue.lesson': 'Continue with lesson {{number}}, “{{title}}”',
  'progress.continue.done': 'See your progress',
};
const config = {
  lessons: [
    { slug: 'role', title: 'The role', href: '/course/role/' },
    { slug: 'the-work', title: 'The work', href: '/course/the-work/' },
  ],
  startHref: '/course/',
  progressHref: '/progress/',
  lang: 'en',
  strings,
};

/** The markup of ContinueCourse.astro: an ordinary start link until the element knows better. */
function mount() {
  const host = document.createElement('smm-continue');
  host.innerHTML = `<a href="/course/" data-continue><span data-continue-label>Start the course</span></a>
    <script type="application/json" data-config>${JSON.stringify(config)}</script>`;
  document.body.append(host);
  const link = host.querySelector('a')!;
  return () => [link.getAttribute('href'), link.textContent];
}
const store = (lessons: object) => localStorage.setItem(KEY, JSON.stringify({ v: 2, lessons }));

describe('<smm-continue>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.body.replaceChildren());

  it('stays the start link for a new learner', () => {
    expect(mount()()).toEqual(['/course/', 'Start the course']);
  });

  it('sends a returning learner to the first lesson not completed', () => {
    store({ role: { openedAt: at, completedAt: at } });
    expect(mount()()).toEqual(['/course/the-work/', 'Continue with lesson 2, “The work”']);
  });

  it('sends a learner who completed every lesson to the progress page', () => {
    store({ role: { openedAt: at, completedAt: at }, 'the-work': { openedAt: at, completedAt: at } });
    expect(mount()()).toEqual(['/progress/', 'See your progress']);
  });

  it('follows progress made in another tab', () => {
    const read = mount();
    store({ role: { openedAt: at } });
    window.dispatchEvent(Object.assign(new Event('storage'), { key: KEY, newValue: localStorage.getItem(KEY) }));
    expect(read()).toEqual(['/course/role/', 'Continue with lesson 1, “The role”']);
  });
});
