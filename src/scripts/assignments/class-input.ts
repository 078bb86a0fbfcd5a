/**
 * Adding reports to class results: codes pasted however an email client wrapped them, and .json
 * files chosen or dropped. <smm-class-results> loads this module with import() when the instructor
 * first adds something, so that opening the page with the reports it keeps loads less.
 */
import { MAX_REPORT_LENGTH, type Report } from '../../lib/assignments/report';
import { decodeReport, type DecodedReport } from '../../lib/assignments/report-decode';
import { readPastedReports } from '../../lib/assignments/report-paste';
import { addReport } from '../../lib/assignments/results';
import type { Translate, UiKeyWith } from '../../lib/ui-strings';
import { el } from '../toolkit/dom';

type T = Translate<UiKeyWith<'assign.'>>;

/** One pasted code or file, with what the message about it calls it. */
export interface Input {
  label: string;
  text: string;
  decoded: DecodedReport;
}

/** A paste as inputs, each labelled with the lines it came from. */
export const readPasted = (text: string, t: T): Input[] =>
  readPastedReports(text).map(({ first, last, text, decoded }) => ({
    label: first === last ? t('assign.class.line', { number: first }) : t('assign.class.lines', { first, last }),
    text,
    decoded,
  }));

/** Files as inputs. Oversized files are not read at all; their text becomes one decodeReport rejects. */
export const readFiles = (files: readonly File[]): Promise<Input[]> =>
  Promise.all(
    files.map(async (file) => {
      const text =
        file.size > MAX_REPORT_LENGTH * 4 ? 'x'.repeat(MAX_REPORT_LENGTH + 1) : await file.text().catch(() => '');
      return { label: file.name, text, decoded: decodeReport(text) };
    }),
  );

/** What adding inputs did: the new list, a message per input, and the inputs that failed. */
export interface Added {
  reports: Report[];
  messages: HTMLElement[];
  added: number;
  failed: Input[];
}

/** Adds what can be read to `reports` and says what happened to each input. */
export function addInputs(reports: readonly Report[], inputs: readonly Input[], t: T): Added {
  let list = [...reports];
  let added = 0;
  const messages = inputs.map(({ label, decoded }) => {
    let text: string;
    if (!decoded.ok) text = t(`assign.reportError.${decoded.reason}`);
    else {
      const result = addReport(list, decoded.report);
      list = result.reports;
      if (result.outcome === 'added' || result.outcome === 'replaced') added++;
      text = t(`assign.class.outcome.${result.outcome}`, { name: decoded.report.learner });
    }
    return el('li', `${label}: ${text}`, decoded.ok ? 'is-ok' : 'is-error');
  });
  return { reports: list, messages, added, failed: inputs.filter((input) => !input.decoded.ok) };
}
