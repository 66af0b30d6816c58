import { z } from 'zod';
import { LoadProfileSchema, type LoadProfile } from '../../shared/catalog/workload';
import { helpOf } from '../inspector/ConfigField';
import { formModel, type NumberField, type UnionField } from '../inspector/form-model';
import { documentStore, usePipeline } from '../state/document';
import { setSimulationSetting } from '../state/operations';
import { SimNumberSetting } from './SimNumberSetting';

/** The sources' own workload schema read as a form field: its shapes, and each shape's parameters with their titles, units, defaults and bounds. */
const PROFILE = formModel(z.object({ loadProfile: LoadProfileSchema }))[0] as UnionField;
/** The select's value for "no run-wide profile". */
const EACH_SOURCE = '';

const HELP = 'One load profile for every source in this run, instead of each source’s own (set on the source, in the inspector). Leave it at “As each source says” to keep theirs.';

function storeProfile(profile: LoadProfile | undefined, label: string): void {
  documentStore.dispatch((d) => setSimulationSetting(d, 'loadProfile', profile), { label });
}

/** One parameter of the chosen shape, checked with the workload schema before it is stored. */
function ProfileParameter({ profile, field }: { profile: LoadProfile; field: NumberField }) {
  const name = field.path.at(-1)!;
  const stored = (profile as Record<string, unknown>)[name];
  return (
    <SimNumberSetting
      id={`sim-loadProfile-${name}`}
      testId={`sim-load-profile-${name}`}
      errorTestId={`sim-error-loadProfile-${name}`}
      title={field.title}
      unit={field.unit}
      help={helpOf(field) ?? field.title}
      stored={typeof stored === 'number' ? stored : Number(field.defaultValue)}
      decimal={!field.integer}
      check={(value) => {
        const parsed = LoadProfileSchema.safeParse({ ...profile, [name]: value });
        if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'Invalid value' };
        return { value: (parsed.data as Record<string, unknown>)[name] as number };
      }}
      store={(value) => storeProfile({ ...profile, [name]: value } as LoadProfile, `Set simulation load profile: ${field.title.toLowerCase()}`)}
    />
  );
}

/** The run-wide load profile: "As each source says" (none stored), or a shape and its parameters. */
export function SimLoadProfile() {
  const profile = usePipeline().simulation.loadProfile;
  const variant = profile && PROFILE.variants.find((v) => v.value === profile.shape);
  return (
    <>
      <div className="sim-setting">
        <label htmlFor="sim-loadProfile" title={HELP}>
          Load profile
        </label>
        <select
          id="sim-loadProfile"
          className="select"
          data-testid="sim-load-profile"
          title={HELP}
          value={profile?.shape ?? EACH_SOURCE}
          onChange={(e) => {
            const chosen = PROFILE.variants.find((v) => v.value === e.target.value);
            // Choosing a shape writes it with the workload schema's defaults.
            storeProfile(chosen ? (structuredClone(chosen.defaults) as LoadProfile) : undefined, 'Set simulation load profile');
          }}
        >
          <option value={EACH_SOURCE}>As each source says</option>
          {PROFILE.variants.map((v) => (
            <option key={v.value} value={v.value}>
              {v.title}
            </option>
          ))}
        </select>
      </div>
      {profile &&
        variant?.fields.map((field) => (field.type === 'number' ? <ProfileParameter key={`${profile.shape}-${field.key}`} profile={profile} field={field} /> : null))}
    </>
  );
}
