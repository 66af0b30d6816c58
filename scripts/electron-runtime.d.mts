export function installedElectron(): string | undefined;
export function fetchElectron(timeoutMs?: number): string | undefined;
