import { focusRegion, type RegionId } from './regions';
import './a11y.css';

const TARGETS: readonly { id: RegionId; label: string }[] = [
  { id: 'canvas', label: 'Skip to canvas' },
  { id: 'palette', label: 'Skip to palette' },
  { id: 'inspector', label: 'Skip to inspector' },
  { id: 'bottom', label: 'Skip to findings and simulation' },
];

/** The first stops of the Tab order, shown only while focused: jump past the toolbar to a region (F6 cycles them too). */
export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {TARGETS.map((t) => (
        <button key={t.id} type="button" className="skip-link" data-testid={`skip-${t.id}`} onClick={() => focusRegion(t.id)}>
          {t.label}
        </button>
      ))}
    </nav>
  );
}
