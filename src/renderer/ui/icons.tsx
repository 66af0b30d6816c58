/** Small stroke icons (16 px) for the toolbar; inline SVG elements, no markup strings. */
const PATHS: Record<string, string> = {
  new: 'M9 1.75H4.25a1.5 1.5 0 0 0-1.5 1.5v9.5a1.5 1.5 0 0 0 1.5 1.5h7.5a1.5 1.5 0 0 0 1.5-1.5V6L9 1.75Zm0 0V6h4.25M8 8.25v3.5M6.25 10h3.5',
  'open-recent': 'M8 14.25A6.25 6.25 0 1 0 8 1.75a6.25 6.25 0 0 0 0 12.5ZM8 4.75V8l2.25 1.5',
  open: 'M1.75 4.25a1.5 1.5 0 0 1 1.5-1.5h2.8l1.5 1.5h5.2a1.5 1.5 0 0 1 1.5 1.5v6a1.5 1.5 0 0 1-1.5 1.5h-9.5a1.5 1.5 0 0 1-1.5-1.5v-7.5Z',
  save: 'M3.25 2.25h7.5l3 3v8.5a1 1 0 0 1-1 1h-9.5a1 1 0 0 1-1-1V3.25a1 1 0 0 1 1-1Zm1.5 0v3.5h5.5v-3.5M4.75 14.75v-4.5h6.5v4.5',
  'save-as': 'M9.75 14.25h-6.5a1 1 0 0 1-1-1V3.25a1 1 0 0 1 1-1h7.5l3 3v3M4.75 2.25v3h5v-3m4.57 7.68-3.82 3.82-1.5.5.5-1.5 3.82-3.82a.7.7 0 0 1 1 1Z',
  undo: 'M5.75 3.75 2.75 6.75l3 3M3 6.75h6.5a3.75 3.75 0 0 1 0 7.5H7',
  redo: 'M10.25 3.75l3 3-3 3M13 6.75H6.5a3.75 3.75 0 0 0 0 7.5H9',
  delete: 'M2.75 4.25h10.5M6.25 4.25v-1.5h3.5v1.5M4.25 4.25l.6 9a1 1 0 0 0 1 .95h4.3a1 1 0 0 0 1-.95l.6-9M6.75 7v4.5M9.25 7v4.5',
  export: 'M8 10.25v-8.5M5 4.75l3-3 3 3M2.75 9.25v3.5a1.5 1.5 0 0 0 1.5 1.5h7.5a1.5 1.5 0 0 0 1.5-1.5v-3.5',
  'import-cfn': 'M8 1.75v8.5M5 7.25l3 3 3-3M2.75 9.25v3.5a1.5 1.5 0 0 0 1.5 1.5h7.5a1.5 1.5 0 0 0 1.5-1.5v-3.5',
  play: 'M4.75 2.9v10.2a.6.6 0 0 0 .9.52l8.5-5.1a.6.6 0 0 0 0-1.04l-8.5-5.1a.6.6 0 0 0-.9.52Z',
  stop: 'M4 3.25h8a.75.75 0 0 1 .75.75v8a.75.75 0 0 1-.75.75H4a.75.75 0 0 1-.75-.75V4A.75.75 0 0 1 4 3.25Z',
  info: 'M8 14.25A6.25 6.25 0 1 0 8 1.75a6.25 6.25 0 0 0 0 12.5ZM8 7.25v4M8 4.75v.01',
  'new-from-template': 'M2.25 2.75h4.5v4.5h-4.5zM9.25 2.75h4.5v4.5h-4.5zM2.25 9.75h4.5v3.5h-4.5zM11.5 9.5v4.5M9.25 11.75h4.5',
  plus: 'M8 3.25v9.5M3.25 8h9.5',
  'arrow-up': 'M8 12.75v-9.5M4.25 7 8 3.25 11.75 7',
  'arrow-down': 'M8 3.25v9.5M4.25 9 8 12.75 11.75 9',
  close: 'M4.25 4.25l7.5 7.5M11.75 4.25l-7.5 7.5',
  'chevron-right': 'M6.25 3.75 10.5 8l-4.25 4.25',
  'chevron-down': 'M3.75 6.25 8 10.5l4.25-4.25',
  'auto-layout': 'M1.75 6.25h3v3.5h-3zM11.25 2.25h3v3.5h-3zM11.25 10.25h3v3.5h-3zM4.75 8h2.5M7.25 4v8M7.25 4h4M7.25 12h4',
  find: 'M7 12.25A5.25 5.25 0 1 0 7 1.75a5.25 5.25 0 0 0 0 10.5ZM10.75 10.75l3.5 3.5',
  pin: 'M9.75 1.75 14.25 6.25l-1.75.5-2.75 2.75-.25 3L4.5 7.5l3-.25 2.75-2.75.5-1.75ZM6.75 9.25l-5 5',
  unpin: 'M9.75 1.75 14.25 6.25l-1.75.5-2.75 2.75-.25 3L4.5 7.5l3-.25 2.75-2.75.5-1.75ZM6.75 9.25l-5 5M1.75 1.75l12.5 12.5',
  'toggle-snap': 'M2.75 2.75h10.5v10.5H2.75zM6.25 2.75v10.5M9.75 2.75v10.5M2.75 6.25h10.5M2.75 9.75h10.5',
  'toggle-minimap': 'M1.75 3.25h12.5v9.5H1.75zM8.75 7.25h4v4h-4z',
  'fit-view': 'M2.25 5.75v-3.5h3.5M10.25 2.25h3.5v3.5M13.75 10.25v3.5h-3.5M5.75 13.75h-3.5v-3.5',
  'zoom-in': 'M7 12.25A5.25 5.25 0 1 0 7 1.75a5.25 5.25 0 0 0 0 10.5ZM10.75 10.75l3.5 3.5M4.75 7h4.5M7 4.75v4.5',
  'zoom-out': 'M7 12.25A5.25 5.25 0 1 0 7 1.75a5.25 5.25 0 0 0 0 10.5ZM10.75 10.75l3.5 3.5M4.75 7h4.5',
  'align-left': 'M2.25 1.75v12.5M4.75 4.25h8v2.5h-8zM4.75 9.25h5v2.5h-5z',
  'align-centre': 'M8 1.75v12.5M3.5 4.25h9v2.5h-9zM5 9.25h6v2.5H5z',
  'align-right': 'M13.75 1.75v12.5M3.25 4.25h8v2.5h-8zM6.25 9.25h5v2.5h-5z',
  'align-top': 'M1.75 2.25h12.5M4.25 4.75h2.5v8h-2.5zM9.25 4.75h2.5v5h-2.5z',
  'align-middle': 'M1.75 8h12.5M4.25 3.5h2.5v9h-2.5zM9.25 5h2.5v6h-2.5z',
  'align-bottom': 'M1.75 13.75h12.5M4.25 3.25h2.5v8h-2.5zM9.25 6.25h2.5v5h-2.5z',
  'distribute-horizontal': 'M1.75 1.75v12.5M14.25 1.75v12.5M6.75 4.25h2.5v7.5h-2.5z',
  'distribute-vertical': 'M1.75 1.75h12.5M1.75 14.25h12.5M4.25 6.75h7.5v2.5h-7.5z',
  wrench: 'M10.3 2.1a3.5 3.5 0 0 0-4 4.7L2.2 10.9a1.4 1.4 0 0 0 2 2l4.1-4.1a3.5 3.5 0 0 0 4.7-4l-2 2-1.8-.4-.4-1.8 2-2Z',
};

export type IconName = keyof typeof PATHS;

/** `name` is an IconName; an unknown name draws nothing (command ids double as icon names). */
export function Icon({ name, size = 16 }: { name: IconName | string; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={PATHS[name] ?? ''} />
    </svg>
  );
}
