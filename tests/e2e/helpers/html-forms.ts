/** A text as a built page may write it: as is, or with its apostrophes and quotes escaped, in either of the ways HTML allows. */
export const htmlForms = (text: string) => [text, text.replaceAll("'", '&#39;').replaceAll('"', '&#34;'), text.replaceAll("'", '&#x27;').replaceAll('"', '&quot;')];
