import { ReactFlowProvider } from '@xyflow/react';
import { useRegionCycling } from './a11y/regions';
import { SkipLinks } from './a11y/SkipLinks';
import { Canvas } from './canvas/Canvas';
import { CommandPalette } from './commands/CommandPalette';
import { ContextMenu } from './commands/ContextMenu';
import { ShortcutsHelp } from './commands/ShortcutsHelp';
import { DiskChangeBar } from './files/DiskChangeBar';
import { Toolbar } from './commands/Toolbar';
import { useNativeMenu } from './commands/useNativeMenu';
import { useShortcuts } from './commands/useShortcuts';
import { DialogHost } from './dialogs/DialogHost';
import { Inspector } from './inspector/Inspector';
import { Palette } from './palette/Palette';
import { BottomPanel } from './panels/BottomPanel';
import { StatusBar } from './panels/StatusBar';

/**
 * Layout only: toolbar on top, palette left, canvas centre, inspector right, panels below the canvas,
 * status line. Each region is a labelled landmark that skip links and F6 move the keyboard focus to.
 */
export function App() {
  useShortcuts();
  useNativeMenu();
  useRegionCycling();
  return (
    <ReactFlowProvider>
      <SkipLinks />
      <div className="app">
        <header className="app__toolbar" aria-label="Commands" data-region="toolbar" tabIndex={-1}>
          <Toolbar />
        </header>
        <aside className="app__palette" aria-label="Palette" data-region="palette" tabIndex={-1}>
          <Palette />
        </aside>
        <main className="app__canvas" aria-label="Canvas" data-region="canvas" tabIndex={-1}>
          <DiskChangeBar />
          <Canvas />
        </main>
        <section className="app__bottom" aria-label="Findings and simulation" data-region="bottom" tabIndex={-1}>
          <BottomPanel />
        </section>
        <aside className="app__inspector" aria-label="Inspector" data-region="inspector" tabIndex={-1}>
          <Inspector />
        </aside>
        <footer className="app__status" aria-label="Status" data-region="status" tabIndex={-1}>
          <StatusBar />
        </footer>
      </div>
      <DialogHost />
      <CommandPalette />
      <ContextMenu />
      <ShortcutsHelp />
    </ReactFlowProvider>
  );
}
