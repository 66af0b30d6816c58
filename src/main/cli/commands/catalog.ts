import { z } from 'zod';
import { KINDS, KIND_IDS } from '../../../shared/catalog/registry';
import { CATEGORIES, type KindDefinition, type PortDefinition } from '../../../shared/catalog/types';
import type { CliArgs } from '../args';
import { EXIT, printJson, type CliIo } from '../output';

const port = (p: PortDefinition) => ({
  id: p.id,
  label: p.label,
  edgeKind: p.edgeKind,
  ...(p.accepts ? { accepts: p.accepts } : {}),
  ...(p.only ? { only: p.only } : {}),
  ...(p.max !== undefined ? { max: p.max } : {}),
});

/** A kind as the CLI describes it: what a script needs to place and configure it. */
function describeKind(kind: KindDefinition) {
  return {
    id: kind.id,
    category: kind.category,
    label: kind.title,
    shortLabel: kind.shortTitle,
    summary: kind.summary,
    inputs: kind.inputs.map(port),
    outputs: kind.outputs.map(port),
    configSchema: z.toJSONSchema(kind.config, { io: 'input' }),
  };
}

export async function catalogCommand(args: CliArgs, io: CliIo): Promise<number> {
  const kinds = KIND_IDS.map((id) => describeKind(KINDS[id]));
  if (args.flags.has('--json')) {
    printJson(io, { kinds });
    return EXIT.ok;
  }
  for (const category of CATEGORIES) {
    const inCategory = kinds.filter((k) => k.category === category.id);
    if (inCategory.length === 0) continue;
    io.out(`${category.title}\n`);
    for (const k of inCategory) io.out(`  ${k.id.padEnd(24)} ${k.label}: ${k.summary}\n`);
  }
  return EXIT.ok;
}
