export function buildNode(): Promise<void>;
export function buildRenderer(): Promise<void>;
export const rawText: unknown;
