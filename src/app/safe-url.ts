// Links that come from data (article URLs, provenance) are shown only when they are http(s):
// a `javascript:` URL in an imported article must never become a clickable link.
export function safeHttpUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
