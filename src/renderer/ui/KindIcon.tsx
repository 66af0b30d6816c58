import { kindOf } from '../../shared/catalog/registry';

const urls = new Map<string, string>();

/** The kind's official AWS icon as a data URL: rendered by <img>, so its SVG never enters the DOM. */
export function iconUrl(kindId: string): string | undefined {
  let url = urls.get(kindId);
  if (url === undefined) {
    const svg = kindOf(kindId)?.icon;
    if (!svg) return undefined;
    url = `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
    urls.set(kindId, url);
  }
  return url;
}

export function KindIcon({ kind, size = 32 }: { kind: string; size?: number }) {
  const url = iconUrl(kind);
  if (!url) return <span className="kind-icon kind-icon--unknown" aria-hidden="true" style={{ width: size, height: size }} />;
  return <img className="kind-icon" src={url} width={size} height={size} alt="" draggable={false} />;
}
