/**
 * Finding the LMS's SCORM 1.2 API: an object called API on the window of the page that launched
 * the package, which is a parent frame or the window that opened this one (ADL's search order).
 */

/** The SCORM 1.2 run-time API (every value crosses it as a string). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
}

/** How many frames up to look; LMS players nest a package a few frames deep at most. */
const MAX_DEPTH = 10;

function apiOf(win: Window): Scorm12Api | undefined {
  try {
    const api = (win as Window & { API?: Partial<Scorm12Api> }).API;
    return api && typeof api.LMSInitialize === 'function' ? (api as Scorm12Api) : undefined;
  } catch {
    // A frame of another origin: reading its properties throws. Keep looking further up.
    return undefined;
  }
}

function searchUp(start: Window | null): Scorm12Api | undefined {
  let win = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth++) {
    const api = apiOf(win);
    if (api) return api;
    if (win.parent === win) return undefined;
    win = win.parent;
  }
  return undefined;
}

/** The LMS's API, or undefined when the package runs on its own. */
export function findScormApi(win: Window): Scorm12Api | undefined {
  return searchUp(win) ?? searchUp(win.opener as Window | null);
}
