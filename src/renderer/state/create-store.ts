import { useSyncExternalStore } from 'react';

/** A minimal external store: a value, a setter and change notification, read by React through useSyncExternalStore. */
export interface Store<T> {
  get(): T;
  set(next: T | ((previous: T) => T)): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      const updated = typeof next === 'function' ? (next as (previous: T) => T)(value) : next;
      if (Object.is(updated, value)) return;
      value = updated;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Reads a store, or a part of it, and re-renders when that part changes. The selector must return
 * something stable (a primitive, or an object already in the store), never a new object per call.
 */
export function useStore<T, S = T>(store: Pick<Store<T>, 'get' | 'subscribe'>, selector: (value: T) => S = (v) => v as unknown as S): S {
  return useSyncExternalStore(store.subscribe, () => selector(store.get()), () => selector(store.get()));
}
