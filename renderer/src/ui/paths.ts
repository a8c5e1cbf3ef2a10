/** Reads 'address.city' from a form value. */
export function getPath(obj: object, path: string): unknown {
  let current: unknown = obj;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Returns a copy of `obj` with 'address.city' replaced (objects along the path are copied). */
export function setPath<T extends object>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return obj;
  const record = obj as Record<string, unknown>;
  const next = rest.length === 0 ? value : setPath((record[head] as object | undefined) ?? {}, rest.join('.'), value);
  return { ...obj, [head]: next };
}
