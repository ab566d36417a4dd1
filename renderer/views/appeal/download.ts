// An exported file handed to the browser as a download: the host's answer (text, or a PDF as
// base64) becomes a Blob behind a temporary link. Works the same in Electron and in a browser tab.
import type { AppealExport } from '../../../preload/contract';

export function download(file: AppealExport): void {
  const bytes = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the page lets go of the bytes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
