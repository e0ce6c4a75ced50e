/**
 * Text made safe inside HTML or XML, as an element's text or a quoted attribute's value: each of
 * & < > " ' becomes a numeric character reference, which both read alike. The one escape for every
 * page, feed and fragment Rolebook writes as a string.
 */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
