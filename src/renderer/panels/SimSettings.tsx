import { SimulationSettingsSchema, type SimulationSettings } from '../../shared/model/pipeline';
import { documentStore, usePipeline } from '../state/document';
import { setSimulationSetting } from '../state/operations';
import { useState } from 'react';
import { parseNumberText } from '../inspector/form-model';
import { useTextDraft } from '../inspector/useTextDraft';

type Key = 'durationSeconds' | 'seed' | 'resolutionSeconds';

const TEST_IDS: Record<Key, string> = { durationSeconds: 'sim-duration', seed: 'sim-seed', resolutionSeconds: 'sim-resolution' };

/**
 * One simulation setting. These are part of the pipeline schema itself (not a node's free-form
 * config), so an invalid value is not stored: it stays in the field with its error until fixed.
 */
function SettingField({ name, title, unit, help }: { name: Key; title: string; unit?: string; help: string }) {
  const stored = usePipeline().simulation[name];
  const [error, setError] = useState<string>();
  const check = (text: string) => {
    const parsed = SimulationSettingsSchema.shape[name].safeParse(parseNumberText(text));
    return parsed.success ? { value: parsed.data as SimulationSettings[Key] } : { error: parsed.error.issues[0]?.message ?? 'Invalid value' };
  };
  const draft = useTextDraft(
    String(stored),
    (text) => {
      const result = check(text);
      if (result.error !== undefined) {
        setError(result.error);
        return false;
      }
      documentStore.dispatch((d) => setSimulationSetting(d, name, result.value), { label: `Set simulation ${title.toLowerCase()}` });
    },
    (text) => setError(text === undefined ? undefined : check(text).error),
  );
  const id = `sim-${name}`;
  return (
    <div className="sim-setting">
      <label htmlFor={id} title={help}>
        {title}
      </label>
      <div className="input-unit">
        <input
          id={id}
          className="input input--number"
          data-testid={TEST_IDS[name]}
          inputMode={name === 'resolutionSeconds' ? 'decimal' : 'numeric'}
          autoComplete="off"
          aria-invalid={error !== undefined}
          title={help}
          {...draft}
        />
        {unit && <span className="input-unit__suffix">{unit}</span>}
      </div>
      {error && (
        <div className="field__error" role="alert" data-testid={`sim-error-${name}`}>
          {error}
        </div>
      )}
    </div>
  );
}

export function SimSettings() {
  return (
    <div className="sim-settings">
      <SettingField name="durationSeconds" title="Duration" unit="s" help="How long sources produce data, in seconds. Buffers are drained afterwards. Each source’s rate and load profile (constant, diurnal, spikes, ramp) are set on the source, in the inspector." />
      <SettingField
        name="resolutionSeconds"
        title="Step"
        unit="s"
        help="Resolution: the longest time between two emissions of one source. Smaller is more exact (latency within half a step) and slower."
      />
      <SettingField name="seed" title="Seed" help="Seed of the pseudo-random generator: the same seed gives the same results." />
    </div>
  );
}
