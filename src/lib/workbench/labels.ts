/** A label for each id, e.g. the translated names of the quadrants that an export writes. */
export const labelEach = <K extends string>(ids: readonly K[], label: (id: K) => string): Record<K, string> =>
  Object.fromEntries(ids.map((id) => [id, label(id)])) as Record<K, string>;
