/**
 * The number fields of the monthly report. The component renders one channel's fieldset in a
 * <template> (labels, the parts disclosure, rename and remove); here each channel gets a copy with
 * its ids, months and values. Values are shown without thousands separators in the page's decimal
 * form, so that what is shown reads back the same.
 */
import { INTERACTION_PARTS, previousMonth, type Field, type ReportState } from '../../lib/report/model';
import type { Translate, UiKeyWith } from '../../lib/ui-strings';

export type ReportKey = UiKeyWith<'report.'>;

/** What the parts of the widget read from <smm-monthly-report>. */
export interface ReportView {
  report: ReportState;
  readOnly: boolean;
  readonly config: { lang: 'en' | 'bg'; example: ReportState };
  readonly t: Translate<ReportKey>;
  format(n: number): string;
  monthName(month: string): string;
}

/** A number as it goes back into a field: "18400", "12.5" or, in Bulgarian, "12,5". */
export const fieldText = (value: number | undefined, lang: string): string =>
  value === undefined
    ? ''
    : new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 4 }).format(value);

/** A copy of the channel template per channel, for the report's month ("cur") and the month before ("prev"). */
export function buildChannels(view: ReportView, template: HTMLTemplateElement): DocumentFragment[] {
  const { report } = view;
  return report.channels.map(({ id, name }) => {
    const set = template.content.cloneNode(true) as DocumentFragment;
    set.querySelector('legend')!.textContent = name;
    const rename = set.querySelector<HTMLInputElement>('[data-rename]')!;
    Object.assign(rename, { id: `report-${id}-name`, value: name });
    rename.dataset.rename = id;
    set.querySelector('label')!.htmlFor = rename.id;
    const remove = set.querySelector<HTMLElement>('[data-remove]')!;
    remove.dataset.remove = id;
    remove.lastChild!.textContent = ` ${name}`;
    set.querySelectorAll('.month').forEach((box, i) => {
      const month = i ? previousMonth(report.month) : report.month;
      const inputs = report.months[month]?.[id] ?? {};
      box.querySelector('legend')!.textContent = view.monthName(month);
      box.querySelector('details')!.open = INTERACTION_PARTS.some((part) => inputs[part] !== undefined);
      for (const input of box.querySelectorAll('input')) {
        const field = input.dataset.field as Field;
        const key = `report-${id}-${i ? 'prev' : 'cur'}-${field}`;
        Object.assign(input, { id: key, value: fieldText(inputs[field], view.config.lang), readOnly: view.readOnly });
        Object.assign(input.dataset, { channel: id, month });
        (input.previousElementSibling as HTMLLabelElement).htmlFor = key;
        input.nextElementSibling!.id = `${key}-note`;
        input.setAttribute('aria-describedby', `${key}-note`);
      }
    });
    return set;
  });
}
