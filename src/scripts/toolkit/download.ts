/** Offers text as a file download, e.g. an export. */
export function downloadText(fileName: string, text: string, type: string): void {
  // A byte-order mark lets spreadsheet apps read UTF-8 CSV (Cyrillic) correctly.
  const body = type.startsWith('text/csv') ? `\uFEFF${text}` : text;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
