import { SimulationSettingsSchema, type SimulationSettings } from '../../shared/model/pipeline';
import { documentStore, usePipeline } from '../state/document';
import { setSimulationSetting } from '../state/operations';
import { SimLoadProfile } from './SimLoadProfile';
import { SimNumberSetting } from './SimNumberSetting';

type Key = 'durationSeconds' | 'seed' | 'resolutionSeconds';

const TEST_IDS: Record<Key, string> = { durationSeconds: 'sim-duration', seed: 'sim-seed', resolutionSeconds: 'sim-resolution' };

/** One simulation setting, checked against the pipeline schema before it is stored. */
function SettingField({ name, title, unit, help }: { name: Key; title: string; unit?: string; help: string }) {
  const stored = usePipeline().simulation[name];
  return (
    <SimNumberSetting
      id={`sim-${name}`}
      testId={TEST_IDS[name]}
      errorTestId={`sim-error-${name}`}
      title={title}
      unit={unit}
      help={help}
      stored={stored}
      decimal={name === 'resolutionSeconds'}
      check={(value) => {
        const parsed = SimulationSettingsSchema.shape[name].safeParse(value);
        return parsed.success ? { value: parsed.data as SimulationSettings[Key] } : { error: parsed.error.issues[0]?.message ?? 'Invalid value' };
      }}
      store={(value) => documentStore.dispatch((d) => setSimulationSetting(d, name, value), { label: `Set simulation ${title.toLowerCase()}` })}
    />
  );
}

export function SimSettings() {
  return (
    <div className="sim-settings">
      <SettingField
        name="durationSeconds"
        title="Duration"
        unit="s"
        help="How long sources produce data, in seconds. Buffers are drained afterwards. Each source’s rate and load profile (constant, diurnal, spikes, ramp) are set on the source, in the inspector; the load profile here can replace every source’s own for a run."
      />
      <SettingField
        name="resolutionSeconds"
        title="Step"
        unit="s"
        help="Resolution: the longest time between two emissions of one source. Smaller is more exact (latency within half a step) and slower."
      />
      <SettingField name="seed" title="Seed" help="Seed of the pseudo-random generator: the same seed gives the same results." />
      <SimLoadProfile />
    </div>
  );
}
