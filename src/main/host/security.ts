import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The hosts this server answers to; anything else is a DNS-rebinding attempt or a stray request. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** Why a request is refused, or undefined when it may go on. `needsToken` for the API, not the static app. */
export function refusal(req: IncomingMessage, port: number, token: string, presented: string | undefined, needsToken: boolean): string | undefined {
  const hosts = allowedHosts(port);
  if (!req.headers.host || !hosts.has(req.headers.host)) return `unexpected Host header "${req.headers.host ?? ''}"`;
  const origin = req.headers.origin;
  if (origin !== undefined && ![...hosts].some((h) => origin === `http://${h}`)) return `foreign Origin "${origin}"`;
  if (needsToken && !sameSecret(presented, token)) return 'missing or wrong token';
  return undefined;
}

function sameSecret(presented: string | undefined, token: string): boolean {
  if (presented === undefined) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
