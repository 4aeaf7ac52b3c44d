/**
 * A lazily loaded thing, loaded once: every call shares the first call's promise. A failure is
 * forgotten, so the next call tries again (a chunk that could not be fetched while offline).
 */
export function retryable<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      const attempt = load();
      attempt.catch(() => {
        if (pending === attempt) pending = undefined;
      });
      pending = attempt;
    }
    return pending;
  };
}

/** `retryable` per key (one element tag, one catalog part). */
export function retryableBy<K, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const loaders = new Map<K, () => Promise<T>>();
  return (key) => {
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = retryable(() => load(key))));
    return loader();
  };
}
