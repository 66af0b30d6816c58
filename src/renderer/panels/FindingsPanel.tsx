import { useMemo } from 'react';
import { usePipeline } from '../state/document';
import { useFindings } from '../state/findings';
import { Icon } from '../ui/icons';
import { FindingRow } from './FindingRow';
import { FindingsToolbar } from './FindingsToolbar';
import { setFindingsOption, useFindingsOptions } from './findings-options';
import { viewFindings, type FindingGroup, type FindingItem } from './findings-view';
import './findings.css';

function Group({ group, showTarget }: { group: FindingGroup; showTarget: boolean }) {
  return (
    <section className="findings__group" aria-label={group.title} data-testid="findings-group" data-group={group.id}>
      <h3 className="findings__group-title">
        <span className="findings__group-name">{group.title}</span> <span className={`count count--${group.severity}`}>{group.items.length}</span>
      </h3>
      <ul className="findings__list">
        {group.items.map((item) => (
          <FindingRow key={item.key} item={item} showTarget={showTarget} />
        ))}
      </ul>
    </section>
  );
}

/** Accepted findings, apart and collapsed: "Suppressed (n)". */
function SuppressedGroup({ items, open }: { items: readonly FindingItem[]; open: boolean }) {
  return (
    <section className="findings__group findings__group--suppressed" aria-label="Suppressed findings">
      <h3 className="findings__group-title">
        <button
          type="button"
          className="findings__toggle"
          aria-expanded={open}
          data-testid="findings-suppressed-toggle"
          onClick={() => setFindingsOption('suppressedOpen', !open)}
        >
          <Icon name={open ? 'chevron-down' : 'chevron-right'} size={12} />
          Suppressed ({items.length})
        </button>
      </h3>
      {open && (
        <ul className="findings__list">
          {items.map((item) => (
            <FindingRow key={item.key} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Findings of the latest validation: grouped by severity or node, sorted, filtered; suppressed ones
 * apart. A click reveals what a finding names; Fix and Suppress… are one undoable step each.
 */
export function FindingsPanel() {
  const findings = useFindings((s) => s.findings);
  const status = useFindings((s) => s.status);
  const error = useFindings((s) => s.error);
  const pipeline = usePipeline();
  const options = useFindingsOptions();
  const view = useMemo(() => viewFindings(findings, pipeline, options), [findings, pipeline, options]);
  const nothingOpen = view.groups.length === 0;
  return (
    <div className="findings" data-testid="findings-panel" aria-busy={status === 'pending'}>
      {findings.length > 0 && <FindingsToolbar options={options} shown={view.shown} total={view.total} />}
      {status === 'error' && (
        <div className="findings__error" role="alert">
          Validation failed: {error}
        </div>
      )}
      {findings.length === 0 && status !== 'error' && (
        <p className="empty" data-testid="findings-empty">
          {pipeline.nodes.length === 0 ? 'Nothing to check yet.' : 'No problems found.'}
        </p>
      )}
      {findings.length > 0 && view.shown === 0 && (
        <p className="empty" data-testid="findings-no-match">
          No finding matches “{options.filter}”.
        </p>
      )}
      {nothingOpen && view.suppressed.length > 0 && <p className="empty">No open problems: every finding shown is suppressed.</p>}
      {view.groups.map((group) => (
        <Group key={group.id} group={group} showTarget={options.groupBy !== 'node'} />
      ))}
      {view.suppressed.length > 0 && <SuppressedGroup items={view.suppressed} open={options.suppressedOpen} />}
    </div>
  );
}
