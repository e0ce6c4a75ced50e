/**
 * The copy button's click, loaded on first use (see src/browser/site.js): copies the file named by
 * data-copy-src (as rich text when it is HTML, with data-copy-plain as its plain-text twin) and
 * says in the status beside the button whether it worked, in the words the button carries
 * (data-copy-done, data-copy-failed: CopyButton.astro writes them in the page's language).
 */
const fetchText = (src: string) => fetch(src).then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))));

export default async function copyText(button: HTMLElement) {
  const status = button.nextElementSibling as HTMLElement;
  const { copySrc, copyPlain, copyDone, copyFailed } = button.dataset;
  const rich = Boolean(copyPlain);
  try {
    if (typeof ClipboardItem === 'function' && navigator.clipboard.write) {
      // Promised blobs keep the click's user activation while the files download.
      const blob = (src: string, type: string) => fetchText(src).then((t) => new Blob([t], { type }));
      const item = rich ? { 'text/html': blob(copySrc!, 'text/html'), 'text/plain': blob(copyPlain!, 'text/plain') } : { 'text/plain': blob(copySrc!, 'text/plain') };
      await navigator.clipboard.write([new ClipboardItem(item)]);
    } else {
      await navigator.clipboard.writeText(await fetchText(copyPlain ?? copySrc!));
    }
    status.textContent = copyDone ?? '';
  } catch {
    status.textContent = copyFailed ?? '';
  }
}
