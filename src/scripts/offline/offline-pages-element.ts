/**
 * <smm-offline-pages>: adds to the offline page the lessons and reference pages this device has
 * stored (visited, or stored by the course download), with their titles from the course pack. Without
 * Cache Storage, or without the pack, the server's list of the app shell stays as it is.
 */
import type { CoursePack } from '../../lib/offline/pack';
import type { UiKeyWith } from '../../lib/ui-strings';
import { siteLink } from '../toolkit/dom';
import { defineElement, SmmElement } from '../toolkit/smm-element';
import { storedPaths } from './cache-store';
import { fetchPack } from './pack-client';

export class OfflinePagesElement extends SmmElement<{ packUrl: string }, UiKeyWith<'offline.pages.'>> {
  protected setup() {
    if (!('caches' in window)) return;
    void this.list();
  }

  private async list() {
    const pack: CoursePack | undefined = await fetchPack(this.config.packUrl);
    if (!pack) return;
    const stored = await storedPaths().catch(() => new Set<string>());
    const pages = pack.pages.filter((page) => stored.has(page.url));
    const list = this.required<HTMLUListElement>('[data-stored]');
    list.replaceChildren(
      ...pages.map((page) => {
        const item = document.createElement('li');
        item.append(siteLink(page.url, page.title));
        return item;
      }),
    );
    list.hidden = pages.length === 0;
    this.required('[data-stored-heading]').hidden = pages.length === 0;
    this.required('[data-none]').hidden = pages.length > 0;
  }
}

defineElement('smm-offline-pages', OfflinePagesElement);
