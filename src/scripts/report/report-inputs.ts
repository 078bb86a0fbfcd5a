/**
 * The number fields of the monthly report: one fieldset per channel, and in it one per month (this
 * month, then the month before), built from the report with DOM calls. Values are shown without
 * thousands separators in the page's decimal form, so that what is shown reads back the same.
 */
import { parseNumberInput } from '../../lib/number-input';
import {
  FIELDS,
  INTERACTION_PARTS,
  MAX_NAME_LENGTH,
  MAX_VALUE,
  previousMonth,
  type Channel,
  type Field,
  type ReportState,
} from '../../lib/report/model';
import type { Translate, UiKeyWith } from '../../lib/ui-strings';
import { el, labelledButton } from '../toolkit/dom';

export type ReportKey = UiKeyWith<'report.'>;

export interface InputContext {
  t: Translate<ReportKey>;
  lang: string;
  monthName: (month: string) => string;
  readOnly: boolean;
}

/** A typed value: its number, nothing (empty), or the translated reason it is not a number we take. */
export type FieldReading =
  { ok: true; value: number | undefined; ambiguous: boolean } | { ok: false; error: ReportKey };

export function readField(text: string, lang: string): FieldReading {
  const reading = parseNumberInput(text, lang === 'bg' ? ',' : '.');
  if (!reading.ok) {
    return reading.reason === 'empty'
      ? { ok: true, value: undefined, ambiguous: false }
      : { ok: false, error: 'report.error.notNumber' };
  }
  if (reading.value < 0) return { ok: false, error: 'report.error.negative' };
  if (reading.value > MAX_VALUE) return { ok: false, error: 'report.error.tooLarge' };
  return { ok: true, value: reading.value, ambiguous: reading.ambiguous };
}

/** A number as it goes back into a field: "18400", "12.5" or, in Bulgarian, "12,5". */
export const fieldText = (value: number | undefined, lang: string): string =>
  value === undefined
    ? ''
    : new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 4 }).format(value);

function fieldOf(channel: Channel, month: string, slot: string, field: Field, value: string, ctx: InputContext) {
  const id = `report-${channel.id}-${slot}-${field}`;
  const wrap = el('div', undefined, 'field');
  const label = el('label', ctx.t(`report.field.${field}`));
  label.htmlFor = id;
  const input = el('input');
  Object.assign(input, { id, type: 'text', inputMode: 'decimal', autocomplete: 'off', maxLength: 30, value });
  input.readOnly = ctx.readOnly;
  Object.assign(input.dataset, { channel: channel.id, month, field });
  const note = el('p', '', 'hint');
  note.id = `${id}-note`;
  note.dataset.note = '';
  input.setAttribute('aria-describedby', note.id);
  wrap.append(label, input, note);
  return wrap;
}

function monthSet(channel: Channel, report: ReportState, month: string, slot: string, ctx: InputContext) {
  const set = el('fieldset', undefined, 'month');
  set.append(el('legend', ctx.monthName(month)));
  const inputs = report.months[month]?.[channel.id] ?? {};
  const make = (field: Field) => fieldOf(channel, month, slot, field, fieldText(inputs[field], ctx.lang), ctx);
  const isPart = (field: Field) => (INTERACTION_PARTS as readonly Field[]).includes(field);
  set.append(...FIELDS.filter((f) => !isPart(f)).map(make));
  const details = el('details', undefined, 'parts');
  details.open = INTERACTION_PARTS.some((part) => inputs[part] !== undefined);
  details.append(el('summary', ctx.t('report.parts')), ...INTERACTION_PARTS.map(make));
  // The parts sit after the total they replace.
  set.insertBefore(details, set.querySelector(`[data-field="clicks"]`)?.parentElement ?? null);
  return set;
}

/** Every channel's fieldset for the report's month and the month before. */
export function buildChannels(report: ReportState, ctx: InputContext): HTMLElement[] {
  return report.channels.map((channel) => {
    const set = el('fieldset', undefined, 'channel');
    set.dataset.channelSet = channel.id;
    set.append(el('legend', channel.name));
    if (!ctx.readOnly) {
      const tools = el('div', undefined, 'channel-tools');
      const label = el('label', ctx.t('report.rename'));
      const rename = el('input');
      Object.assign(rename, {
        id: `report-${channel.id}-name`,
        type: 'text',
        maxLength: MAX_NAME_LENGTH,
        value: channel.name,
      });
      rename.dataset.rename = channel.id;
      label.htmlFor = rename.id;
      const remove = labelledButton(ctx.t('report.remove'), channel.name);
      remove.dataset.remove = channel.id;
      tools.append(label, rename, remove);
      set.append(tools);
    }
    const months = el('div', undefined, 'months');
    months.append(
      monthSet(channel, report, report.month, 'cur', ctx),
      monthSet(channel, report, previousMonth(report.month), 'prev', ctx),
    );
    set.append(months);
    return set;
  });
}
