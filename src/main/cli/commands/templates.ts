import { serializePipeline } from '../../../shared/model/serialize';
import { TEMPLATES, templateById } from '../../../shared/templates';
import { writeFileAtomic } from '../../files/atomic-write';
import { UsageError, type CliArgs } from '../args';
import { EXIT, printJson, type CliIo } from '../output';

/** `templates`: the list; `templates NAME`: that template as a `.pipewright` document. */
export async function templatesCommand(args: CliArgs, io: CliIo): Promise<number> {
  const [name, ...extra] = args.positional;
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (name === undefined) {
    const list = TEMPLATES.map(({ id, title, description }) => ({ id, title, description }));
    if (args.flags.has('--json')) printJson(io, { templates: list });
    else for (const t of list) io.out(`${t.id.padEnd(22)} ${t.title}: ${t.description}\n`);
    return EXIT.ok;
  }
  const template = templateById(name);
  if (!template) throw new UsageError(`no template "${name}"; available: ${TEMPLATES.map((t) => t.id).join(', ')}`);
  const text = serializePipeline(template.build());
  const out = args.options.get('--out');
  if (out) {
    await writeFileAtomic(out, text);
    io.out(args.flags.has('--json') ? `${JSON.stringify({ path: out })}\n` : `Wrote ${out}\n`);
  } else io.out(text);
  return EXIT.ok;
}
