/** Saves text as a file through the browser's download (a link click: no permission needed). */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The download has started by the time a click returns; the delay is only for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
