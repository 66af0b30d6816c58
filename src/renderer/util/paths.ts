/** Paths as text: the renderer has no `node:path`, and main may run on Windows or POSIX. */
const separatorOf = (dir: string) => (dir.includes('\\') && !dir.includes('/') ? '\\' : '/');

export function joinPath(dir: string, name: string): string {
  if (!dir) return name;
  const sep = separatorOf(dir);
  return dir.endsWith(sep) ? `${dir}${name}` : `${dir}${sep}${name}`;
}

export function dirOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i <= 0 ? path.slice(0, i + 1) : path.slice(0, i);
}

export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** A file name from a pipeline name. Example: `Clickstream → S3` gives `clickstream-s3`. */
export function fileStem(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'pipeline'
  );
}
