import { useMemo, useState } from 'react';
import type { KindDefinition } from '../../shared/catalog/types';
import { documentStore } from '../state/document';
import { setConfigValue } from '../state/operations';
import { ConfigField, type FieldContext } from './ConfigField';
import { fieldErrors, formModel, withValue, type FieldPath } from './form-model';

interface Props {
  nodeId: string;
  nodeLabel: string;
  kind: KindDefinition;
  config: Record<string, unknown>;
}

/**
 * The settings form of a node, generated from its kind's zod schema. Errors are zod's messages for
 * the config as it would be with the value being typed; a committed edit is stored even when
 * invalid (the validator reports it as a finding too).
 */
export function ConfigForm({ nodeId, nodeLabel, kind, config }: Props) {
  const fields = formModel(kind.config);
  const [draft, setDraft] = useState<{ path: FieldPath; value: unknown } | undefined>();
  const candidate = useMemo(() => (draft ? withValue(config, draft.path, draft.value) : config), [config, draft]);
  const errors = useMemo(() => fieldErrors(kind.config, fields, candidate), [kind.config, fields, candidate]);

  const ctx: FieldContext = {
    nodeId,
    config,
    errors,
    commit: (path, title, value) => {
      setDraft(undefined);
      documentStore.dispatch((d) => setConfigValue(d, nodeId, path, value), { label: `Set ${nodeLabel}: ${title}` });
    },
    change: (path, value, label) => {
      setDraft(undefined);
      documentStore.dispatch((d) => setConfigValue(d, nodeId, path, value), { label: `${nodeLabel}: ${label}` });
    },
    draft: (path, value) => setDraft(value === undefined ? undefined : { path, value }),
  };

  return (
    <div className="config-form">
      {fields.map((f) => (
        <ConfigField key={f.key} field={f} ctx={ctx} />
      ))}
      {errors.get('') && <div className="field__error">{errors.get('')}</div>}
    </div>
  );
}
