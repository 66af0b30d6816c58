/** A random id: a UUID where the page is a secure context (loopback and Electron are), else a fallback. */
export function randomId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
