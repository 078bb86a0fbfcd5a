/**
 * The SCORM 1.2 glue of a lesson package. With an LMS it keeps the page's storage (the quiz's
 * answers and results) in cmi.suspend_data, so a relaunch resumes; marks the lesson "completed" once
 * the learner reaches the quiz; reports a finished quiz as score and "passed"/"failed" against the
 * pass mark; and reports the session time on leaving. Without an LMS the page works on its own
 * with the browser's storage, like the site. Imported before the quiz element, so that the storage
 * is in place when the quiz connects.
 */
import {
  formatSessionTime,
  isFinalStatus,
  packSuspendData,
  parseMasteryScore,
  statusForScore,
  unpackSuspendData,
} from '../../lib/lms/scorm-data';
import type { KeyValueStorage } from '../../lib/storage';
import { useSiteStorage } from '../toolkit/site-store';
import { findScormApi, type Scorm12Api } from './scorm-api';

/** The pass mark the package was built with (<html data-pass-mark>), unless the LMS sends one. */
const builtPassMark = () => Number(document.documentElement.dataset.passMark ?? '80');

function suspendDataStorage(api: Scorm12Api): KeyValueStorage {
  const values = unpackSuspendData(api.LMSGetValue('cmi.suspend_data'));
  let written = packSuspendData(values);
  const persist = () => {
    const packed = packSuspendData(values);
    if (packed === undefined || packed === written) return;
    written = packed;
    api.LMSSetValue('cmi.suspend_data', packed);
    api.LMSCommit('');
  };
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => {
      values.set(key, value);
      persist();
    },
    removeItem: (key) => {
      values.delete(key);
      persist();
    },
  };
}

function showStatus(connected: boolean): void {
  const node = document.querySelector<HTMLElement>('[data-scorm-status]');
  if (!node) return;
  node.textContent = (connected ? node.dataset.connected : node.dataset.standalone) ?? '';
  node.hidden = false;
}

function startSession(api: Scorm12Api): void {
  const startedAt = Date.now();
  let status = api.LMSGetValue('cmi.core.lesson_status');
  const setStatus = (next: string) => {
    status = next;
    api.LMSSetValue('cmi.core.lesson_status', next);
  };
  if (status === '' || status === 'not attempted') setStatus('incomplete');
  api.LMSCommit('');
  const passMark = parseMasteryScore(api.LMSGetValue('cmi.student_data.mastery_score')) ?? builtPassMark();

  useSiteStorage(() => suspendDataStorage(api));

  // The best score of the attempt counts, as on the site: practising again never lowers it.
  document.addEventListener('smm-quiz-recorded', (event) => {
    const { best } = event.detail.record;
    api.LMSSetValue('cmi.core.score.min', '0');
    api.LMSSetValue('cmi.core.score.max', '100');
    api.LMSSetValue('cmi.core.score.raw', String(best));
    setStatus(statusForScore(best, passMark));
    api.LMSCommit('');
  });

  // Reaching the quiz means the lesson text has been read. A scroll listener rather than an
  // IntersectionObserver: a jump past the marker (End key, a link) must count too.
  const end = document.querySelector('[data-sco-end]');
  const checkEnd = () => {
    if (!end || end.getBoundingClientRect().top > window.innerHeight) return;
    window.removeEventListener('scroll', checkEnd);
    if (isFinalStatus(status) || status === 'completed') return;
    setStatus('completed');
    api.LMSCommit('');
  };
  window.addEventListener('scroll', checkEnd, { passive: true });
  document.addEventListener('DOMContentLoaded', checkEnd);
  if (document.readyState !== 'loading') checkEnd();

  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    api.LMSSetValue('cmi.core.session_time', formatSessionTime(Date.now() - startedAt));
    // "suspend" keeps the attempt open, so the next launch resumes it with the suspend data.
    api.LMSSetValue('cmi.core.exit', 'suspend');
    api.LMSCommit('');
    api.LMSFinish('');
  };
  window.addEventListener('pagehide', finish);
  window.addEventListener('beforeunload', finish);
}

function followColourScheme(): void {
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

followColourScheme();
const api = findScormApi(window);
const connected = api !== undefined && String(api.LMSInitialize('')) === 'true';
if (connected) startSession(api);
document.addEventListener('DOMContentLoaded', () => showStatus(connected));
if (document.readyState !== 'loading') showStatus(connected);
