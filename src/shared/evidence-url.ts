/**
 * Checks an evidence link: only absolute http(s) URLs, so a link can never run script (javascript:) or
 * carry a payload (data:, file:) when it is opened. Returns the normalised URL or a message saying why not.
 */
export function checkEvidenceUrl(raw: string): { ok: true; url: string } | { ok: false; message: string } {
  const text = raw.trim();
  if (text === '') return { ok: false, message: 'Enter the link to the evidence.' };
  // Why: the URL parser would only say "not a web address"; a space typed or pasted into a link is the usual cause.
  if (/\s/.test(text)) return { ok: false, message: `A web address cannot contain spaces: “${text.slice(0, 80)}”.` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: `“${text.slice(0, 80)}” is not a complete web address (it should start with https://).` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: `Only http and https links can be used, not ${url.protocol.replace(':', '')} links.` };
  }
  if (url.username || url.password) return { ok: false, message: 'Links with a user name or password in them are not accepted.' };
  if (!url.hostname) return { ok: false, message: 'The link has no host name.' };
  return { ok: true, url: url.href };
}

/** What a person types as a link, made complete: "www.example.org/x" becomes "https://www.example.org/x". */
export function completeWebAddress(raw: string): string {
  const text = raw.trim();
  return /^www\./i.test(text) ? `https://${text}` : text;
}
