export function buildNode(): Promise<void>;
export function buildRenderer(): Promise<void>;
