import { describe, expect, it } from 'vitest';
import { nameSearchButtonByItsText } from '../../src/lib/search-button';

const STARLIGHT =
  '<site-search><button data-open-modal disabled aria-label="Търсене" aria-keyshortcuts="Control+K" class="astro-x"><svg aria-hidden="true"></svg><span class="sl-hidden md:sl-block astro-x" aria-hidden="true">Търсене</span><kbd class="sl-hidden md:sl-flex astro-x"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button><dialog aria-label="Търсене"></dialog></site-search>';

describe('nameSearchButtonByItsText', () => {
  const fixed = nameSearchButtonByItsText(STARLIGHT);

  it('drops the button’s aria-label so its visible text names it', () => {
    expect(fixed).toMatch(/<button data-open-modal disabled aria-keyshortcuts="Control\+K" class="astro-x">/);
  });

  it('exposes the label text instead of hiding it from assistive technology', () => {
    expect(fixed).toContain('<span class="smm-search-label astro-x">Търсене</span>');
  });

  it('leaves the dialog’s own label alone', () => {
    expect(fixed).toContain('<dialog aria-label="Търсене">');
  });

  it('changes nothing when there is no search button', () => {
    expect(nameSearchButtonByItsText('<p>hello</p>')).toBe('<p>hello</p>');
  });
});
