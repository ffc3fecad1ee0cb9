/**
 * Hands a text file to the browser's download: a Blob URL clicked from inside `root` — our shadow root for the summary
 * panel's exports in the page and the viewer (touching nothing of the host page), the body on our own pages.
 */
export function downloadText(root: ShadowRoot | HTMLElement, name: string, text: string, type: string): void {
  const doc = root.ownerDocument;
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  root.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
