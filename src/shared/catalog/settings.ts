import { z } from 'zod';
import type { KindDefinition } from './types';

/** What a setting calls itself in the UI: its `.meta({ title })`, else its key. */
export function settingTitle(kind: KindDefinition, key: string): string {
  const field = (kind.config.shape as Record<string, z.ZodType>)[key];
  const meta = field ? z.globalRegistry.get(field) : undefined;
  return typeof meta?.title === 'string' ? meta.title : key;
}
