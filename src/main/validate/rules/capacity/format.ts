import { MIB } from '../../../../shared/catalog/limits/units';

/** Number formatting shared by the capacity, lifecycle and cost messages (en-US, deterministic). */
const number = (value: number, digits: number) => value.toLocaleString('en-US', { maximumFractionDigits: digits });

/** Bytes per second as MiB/s with up to two decimals. Example: `"2.44 MiB/s"`. */
export const mibPerSecond = (bytesPerSecond: number) => `${number(bytesPerSecond / MIB, 2)} MiB/s`;
/** A count with thousands separators, at most one decimal. Example: `"1,200"`. */
export const count = (value: number) => number(value, value < 10 ? 1 : 0);
/** US dollars: cents, or four decimals below one dollar-cent. Example: `"$18.25"`. */
export const usd = (value: number) => `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: Math.abs(value) < 0.01 && value !== 0 ? 4 : 2 })}`;
/** `n thing` or `n things`. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
/** Rounds up, forgiving float error just above an integer (3.0000000001 is 3). */
export const ceil = (value: number) => Math.ceil(value - 1e-9 * Math.max(1, value));
