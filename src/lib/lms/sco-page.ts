/**
 * A SCORM lesson page made from the built lesson page: its main content (title, lesson facts,
 * text and quiz) with the site's stylesheets, without the site's chrome (header, search, sidebar,
 * table of contents, progress widget, pagination) and without the site's scripts, which the
 * package replaces with one bundled player. Nothing in the page may load from outside the package:
 * links to other pages of the site open the public site in a new tab, and any other reference to
 * the site is an error, so a page can never silently make requests once packaged.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

export interface ScoPageOptions {
  /** The built page's address on the site, for error messages. */
  source: string;
  /** The public site, e.g. https://smm-academy.example.org; site links are made absolute to it. */
  siteUrl: string;
  /** Stylesheets in the package, relative to the page, with the media they apply to. */
  stylesheets: { href: string; media?: string }[];
  /** The player script in the package, relative to the page. */
  script: string;
  /** The pass mark the page reports against when the LMS sends none. */
  passMark: number;
  /** What the status line says with and without an LMS. */
  status: { connected: string; standalone: string };
}

/** Chrome and site widgets that have no place in a package. */
const REMOVE = ['smm-lesson-status', '.search-keywords', 'footer', 'script:not([type="application/json"])'];

/** Attributes that make a browser load something. */
const LOADING_ATTRIBUTES = ['src', 'srcSet', 'poster', 'data'];

function removeMatching(tree: Element, selectors: readonly string[]): void {
  const doomed = new Set(selectors.flatMap((s) => selectAll(s, tree)));
  const prune = (node: Element | Root) => {
    node.children = node.children.filter(
      (child) => !(child.type === 'element' && doomed.has(child)),
    ) as typeof node.children;
    for (const child of node.children) if (child.type === 'element') prune(child);
  };
  prune(tree);
}

/** Stylesheet hrefs a built page links, in order, with their media. */
export function linkedStylesheets(html: string): { href: string; media?: string }[] {
  return selectAll('link[rel~="stylesheet"]', fromHtml(html)).map((link) => {
    const media = link.properties.media;
    return { href: String(link.properties.href), ...(typeof media === 'string' ? { media } : {}) };
  });
}

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** The package page for a built lesson page. */
export function toScoPage(html: string, options: ScoPageOptions): string {
  const page = fromHtml(html);
  const htmlEl = select('html', page);
  const main = select('main', page);
  const title = select('title', page);
  if (!htmlEl || !main || !title) throw new Error(`${options.source}: no <html>, <main> or <title>`);
  removeMatching(main, REMOVE);
  // Astro inlines small stylesheets (the quiz's, the glossary links') into the head: keep them.
  const headStyles = selectAll('head style', page);

  for (const node of selectAll('*', main)) {
    for (const attribute of LOADING_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (value !== undefined && !String(value).startsWith('data:')) {
        throw new Error(
          `${options.source}: <${node.tagName} ${attribute}="${String(value)}"> would load from outside the package`,
        );
      }
    }
    if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('/')) {
      node.properties.href = options.siteUrl.replace(/\/$/, '') + node.properties.href;
      node.properties.target = '_blank';
      node.properties.rel = ['noopener'];
    }
  }

  // The learner has read the lesson once the quiz (or, without one, the end of the text) is in view.
  const quiz = select('smm-quiz', main);
  const marker = el('div', { dataScoEnd: '' });
  const parent = quiz ? selectAll('*', main).find((n) => n.children.includes(quiz)) : main;
  if (!parent) throw new Error(`${options.source}: cannot place the end-of-lesson marker`);
  parent.children.splice(quiz ? parent.children.indexOf(quiz) : parent.children.length, 0, marker);

  const status = el('p', {
    className: ['sco-status'],
    dataScormStatus: '',
    dataConnected: options.status.connected,
    dataStandalone: options.status.standalone,
    hidden: true,
  });
  main.children.unshift(status);

  const csp =
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "font-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'";
  const head: RootContent[] = [
    el('meta', { charSet: 'utf-8' }),
    el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    el('meta', { httpEquiv: ['content-security-policy'], content: csp }),
    title,
    // An icon in the page, so that the browser never asks the server for /favicon.ico.
    el('link', { rel: ['icon'], href: 'data:,' }),
    ...options.stylesheets.map((s) =>
      el('link', { rel: ['stylesheet'], href: s.href, ...(s.media ? { media: s.media } : {}) }),
    ),
    ...headStyles,
    el('style', {}, [{ type: 'text', value: SCO_CSS }]),
    el('script', { defer: true, src: options.script }),
  ];
  const doc: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      el(
        'html',
        {
          lang: htmlEl.properties.lang,
          dir: htmlEl.properties.dir,
          dataTheme: 'light',
          dataPassMark: String(options.passMark),
        },
        [el('head', {}, head as ElementContent[]), el('body', {}, [el('div', { className: ['sco-page'] }, [main])])],
      ),
    ],
  };
  return toHtml(doc);
}

/** Layout in place of Starlight's page frame, which the package leaves out. */
const SCO_CSS =
  '.sco-page{max-width:52rem;margin-inline:auto;padding:1rem 1.25rem 3rem}' +
  '.sco-page .content-panel{padding-inline:0}' +
  '.sco-status{font-size:var(--sl-text-sm);color:var(--sl-color-gray-3);margin-block:0 1rem}';
