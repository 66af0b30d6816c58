import { setFindingsOption, type FindingsPanelOptions } from './findings-options';
import type { GroupBy, SortBy } from './findings-view';

/** Filter box, group by (severity or node) and sort (code or node) of the findings panel. */
export function FindingsToolbar({ options, shown, total }: { options: FindingsPanelOptions; shown: number; total: number }) {
  return (
    <div className="findings__toolbar" role="toolbar" aria-label="Arrange findings">
      <input
        type="search"
        className="input findings__filter"
        placeholder="Filter by code, text or node"
        aria-label="Filter findings"
        data-testid="findings-filter"
        value={options.filter}
        onChange={(e) => setFindingsOption('filter', e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && options.filter) {
            e.stopPropagation();
            setFindingsOption('filter', '');
          }
        }}
      />
      {options.filter && (
        <span className="findings__shown" data-testid="findings-shown">
          {shown} of {total}
        </span>
      )}
      <label className="findings__option">
        <span>Group</span>
        <select className="select" data-testid="findings-group-by" value={options.groupBy} onChange={(e) => setFindingsOption('groupBy', e.target.value as GroupBy)}>
          <option value="severity">by severity</option>
          <option value="node">by node</option>
        </select>
      </label>
      <label className="findings__option">
        <span>Sort</span>
        <select className="select" data-testid="findings-sort-by" value={options.sortBy} onChange={(e) => setFindingsOption('sortBy', e.target.value as SortBy)}>
          <option value="code">by code</option>
          <option value="node">by node</option>
        </select>
      </label>
    </div>
  );
}
