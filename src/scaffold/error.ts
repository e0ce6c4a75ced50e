/** A request the handbook cannot take, worded for the editor: what is wrong and what to do. */
export class ScaffoldError extends Error {}
