/**
 * The copy button's click, loaded on first use (see src/scripts/site.js): copies the text file
 * named by data-copy-src and says in the status beside the button whether it worked.
 */
export default async function copyText(button: HTMLElement) {
  const status = button.nextElementSibling as HTMLElement;
  const text = fetch(button.dataset['copySrc']!).then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))));
  try {
    if (typeof ClipboardItem === 'function' && navigator.clipboard.write) {
      // A promised blob keeps the click's user activation while the text downloads.
      const blob = text.then((t) => new Blob([t], { type: 'text/plain' }));
      await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
    } else {
      await navigator.clipboard.writeText(await text);
    }
    status.textContent = 'Copied to the clipboard.';
  } catch {
    status.textContent = 'Could not copy. Open the text version instead.';
  }
}
