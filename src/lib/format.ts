/**
 * Fills {{name}} placeholders, the syntax of Starlight's translation strings. A value that ends in
 * a full stop ends the sentence too: Bulgarian dates end in "г." and a learner's text may end in
 * ".", so "… за {{date}}." reads "… за 3 май 2026 г.", never "г..".
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}(\.?)/g, (match, name: string, stop: string) => {
    if (!Object.hasOwn(values, name)) return match;
    const text = String(values[name]);
    return text.endsWith('.') ? text : text + stop;
  });
}
