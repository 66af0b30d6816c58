import { useRef, useState, type KeyboardEvent } from 'react';
import { countFindings } from '../state/finding-summary';
import { useFindings } from '../state/findings';
import { FindingsPanel } from './FindingsPanel';
import { PanelResizer } from './PanelResizer';
import { SimulationPanel } from './SimulationPanel';
import './panels.css';

const TABS = [
  { id: 'findings', title: 'Findings' },
  { id: 'simulation', title: 'Simulation' },
] as const;
type TabId = (typeof TABS)[number]['id'];

function FindingsCount() {
  const findings = useFindings((s) => s.findings);
  const { errors, warnings, infos } = countFindings(findings);
  const open = errors + warnings + infos;
  if (open === 0) return null;
  return <span className={`count count--${errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'info'}`}>{open}</span>;
}

/** Tabs under the canvas: Findings and Simulation (arrow keys move between tabs). */
export function BottomPanel() {
  const [tab, setTab] = useState<TabId>('findings');
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const i = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next.id);
    refs.current[next.id]?.focus();
  };
  return (
    <div className="bottom-panel">
      <PanelResizer />
      <div className="bottom-panel__tabs tabs" role="tablist" aria-label="Panels" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            className="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            data-testid={`tab-${t.id}`}
            onClick={() => setTab(t.id)}
          >
            {t.title}
            {t.id === 'findings' && <FindingsCount />}
          </button>
        ))}
      </div>
      <div className="bottom-panel__body" role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`} tabIndex={0}>
        {tab === 'findings' ? <FindingsPanel /> : <SimulationPanel />}
      </div>
    </div>
  );
}
