import type { El } from './html-dom.ts';

/** Letters and digits in a text: what is counted when one part of a page is weighed against another. */
export function weight(text: string | null): number {
  return (text?.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/** An element's tag in lower case; '' for the document itself. */
export function tagOf(el: El): string {
  return (el.tagName ?? '').toLowerCase();
}

/** An element's parent element, or null at the top. */
export function parentOf(el: El): El | null {
  return (el as unknown as { parentElement: El | null }).parentElement;
}

/** The element just before `el` among its siblings, or null. */
export function previousOf(el: El): El | null {
  return (el as unknown as { previousElementSibling: El | null }).previousElementSibling;
}

/** The element just after `el` among its siblings, or null. */
export function nextOf(el: El): El | null {
  return (el as unknown as { nextElementSibling: El | null }).nextElementSibling;
}
