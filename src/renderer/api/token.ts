const STORAGE_KEY = 'pipewright.token';

/**
 * The web host's access token: given once in the URL (`#token=...`), then kept in sessionStorage so
 * a reload keeps working. The hash is removed from the address bar so it is not copied around.
 */
export function readToken(): string {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    sessionStorage.setItem(STORAGE_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
    return fromHash;
  }
  return sessionStorage.getItem(STORAGE_KEY) ?? '';
}
