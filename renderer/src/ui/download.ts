/**
 * Saves text as a file through the browser's download. The one place a library export leaves the
 * app, so the lead can later route it through the host (a native save dialog in Electron).
 */
export function downloadTextFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; revoke on the next task to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
