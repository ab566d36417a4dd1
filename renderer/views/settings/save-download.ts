// A file the host made, handed to the browser as a download (the browser host has no dialogs of
// its own): a Blob behind a link clicked once, and freed again.
export function saveDownload(fileName: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // After the click has started the download.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
