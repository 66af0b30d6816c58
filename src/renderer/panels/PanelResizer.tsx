import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

const MIN = 120;
const KEY_STEP = 24;
const maxHeight = () => Math.max(MIN, innerHeight - 260);
let height = 300;

function apply(next: number): void {
  height = Math.round(Math.min(maxHeight(), Math.max(MIN, next)));
  document.documentElement.style.setProperty('--bottom-height', `${height}px`);
}

/** The bar above the bottom panel: drag it (or focus it and use the arrow keys) to resize the panel. */
export function PanelResizer() {
  const start = useRef<{ y: number; height: number } | undefined>(undefined);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    start.current = { y: e.clientY, height };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (start.current) apply(start.current.height + start.current.y - e.clientY);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowUp') apply(height + KEY_STEP);
    else if (e.key === 'ArrowDown') apply(height - KEY_STEP);
    else return;
    e.preventDefault();
  };
  return (
    <div
      className="panel-resizer"
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the bottom panel"
      aria-valuemin={MIN}
      aria-valuenow={height}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (start.current = undefined)}
      onKeyDown={onKeyDown}
    />
  );
}
