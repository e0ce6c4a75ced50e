/**
 * Lists as long as the content makes them. A spread into a call (`push(...list)`,
 * `Math.max(...list)`) passes every item as an argument on the stack, and past about a hundred
 * thousand items it throws "Maximum call stack size exceeded": the check of 10,000 levels died of
 * it (issue 25). These take the list as one argument, at any length.
 */

/** Adds every item to the end of `target`, one at a time; returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest number, as Math.max gives it (-Infinity for none, NaN if any is NaN). */
export function largest(values: Iterable<number>): number {
  let result = Number.NEGATIVE_INFINITY;
  for (const value of values) result = Math.max(result, value);
  return result;
}

/** The smallest number, as Math.min gives it (Infinity for none, NaN if any is NaN). */
export function smallest(values: Iterable<number>): number {
  let result = Number.POSITIVE_INFINITY;
  for (const value of values) result = Math.min(result, value);
  return result;
}
