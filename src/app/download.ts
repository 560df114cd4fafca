// Hands a Blob to the browser as a file download named `name`.
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked later, not at once: the download may still be reading the object URL.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
