/**
 * Work done once per loaded content (an object, held weakly: a rebuild's new content frees the
 * old results) and per key, such as the content folder's name. Several stages ask for the same
 * model; the first asks, the others share.
 */

/**
 * @example const modelOf = memoByObject((content: LoadedContent, dir: string) => computeModel(content, dir));
 * modelOf(content, "content") === modelOf(content, "content") // true
 */
export function memoByObject<O extends object, K, V>(compute: (object: O, key: K) => V): (object: O, key: K) => V {
  const cache = new WeakMap<O, Map<K, V>>();
  return (object, key) => {
    let byKey = cache.get(object);
    if (!byKey) cache.set(object, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, compute(object, key));
    return byKey.get(key)!;
  };
}
