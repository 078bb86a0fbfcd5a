/**
 * Copies text; when the browser refuses (no permission, an old browser), selects the field instead
 * so the person can press Ctrl+C. Resolves to whether the copy worked.
 */
export async function copyText(text: string, field?: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    return false;
  }
}
