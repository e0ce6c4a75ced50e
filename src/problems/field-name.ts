/**
 * A field's path in the words an editor uses for it. `grades[4].bands.uk.max` makes an editor
 * count from zero to find G5; `grade g5 (G5 · Staff), bands.uk.max` names the grade as the file
 * writes it. Every message that names a field takes its name from here.
 */

/** The value at a path in what was read: plain data, or the YAML document before it became data. */
export type ValueAt = (path: readonly PropertyKey[]) => unknown;

export const valuesIn =
  (data: unknown): ValueAt =>
  (path) => {
    let current = data;
    for (const key of path) {
      if (current === null || typeof current !== 'object') return undefined;
      current = (current as Record<PropertyKey, unknown>)[key];
    }
    return current;
  };

/**
 * Lists whose items an editor knows by name, by the list's field: what one item is called, and
 * the fields that name it (an id, then a name shown in brackets). Items of other lists are
 * counted from 1, as an editor counts lines.
 */
const namedItems: Record<string, { noun: string; id?: string; name?: string }> = {
  grades: { noun: 'grade', id: 'id', name: 'name' },
  zones: { noun: 'zone', id: 'id', name: 'name' },
  competencies: { noun: 'competency', name: 'area' },
  skills: { noun: 'skill group', name: 'group' },
  steps: { noun: 'step' },
  offices: { noun: 'office', name: 'city' },
  interviewStages: { noun: 'interview stage', name: 'name' },
  allow: { noun: 'allowed word', name: 'word' },
};

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 37).trimEnd()}...` : text);
const textAt = (valueAt: ValueAt, path: readonly PropertyKey[]) => {
  const value = valueAt(path);
  return typeof value === 'string' && value.trim() !== '' ? short(value.trim()) : undefined;
};

/** `field` is what the message is about inside the item: the item is not named by the value in question. */
function itemName(list: string, index: number, itemPath: readonly PropertyKey[], field: PropertyKey | undefined, valueAt: ValueAt): string {
  const kind = Object.hasOwn(namedItems, list) ? namedItems[list] : undefined;
  if (!kind) return `item ${index + 1} of ${list}`;
  const id = kind.id && kind.id !== field ? textAt(valueAt, [...itemPath, kind.id]) : undefined;
  const name = kind.name && kind.name !== field ? textAt(valueAt, [...itemPath, kind.name]) : undefined;
  if (id) return `${kind.noun} ${id}${name && name !== id ? ` (${name})` : ''}`;
  if (name) return `${kind.noun} "${name}"`;
  return `${kind.noun} ${index + 1}`;
}

/**
 * `grades[0].bands.europe.max` → `grade g1 (G1 · Entry), bands.europe.max`;
 * `responsibilities[2]` → `item 3 of responsibilities`; fields of a group stay dotted, as nested in YAML.
 */
export function fieldName(path: readonly PropertyKey[], valueAt: ValueAt): string {
  const parts: string[] = [];
  let dotted = '';
  path.forEach((key, i) => {
    if (typeof key !== 'number') {
      dotted = dotted ? `${dotted}.${String(key)}` : String(key);
      return;
    }
    const list = path[i - 1];
    // A named item says which list it is in; "item 3 of …" keeps the list's whole path.
    if (typeof list === 'string' && Object.hasOwn(namedItems, list)) parts.push(itemName(list, key, path.slice(0, i + 1), path[i + 1], valueAt));
    else parts.push(dotted ? itemName(dotted, key, path.slice(0, i + 1), path[i + 1], valueAt) : `item ${key + 1}`);
    dotted = '';
  });
  if (dotted) parts.push(dotted);
  return parts.join(', ');
}
