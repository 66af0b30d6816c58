import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas';
import { CommandPalette } from './commands/CommandPalette';
import { ContextMenu } from './commands/ContextMenu';
import { ShortcutsHelp } from './commands/ShortcutsHelp';
import { Toolbar } from './commands/Toolbar';
import { useNativeMenu } from './commands/useNativeMenu';
import { useShortcuts } from './commands/useShortcuts';
import { DialogHost } from './dialogs/DialogHost';
import { Inspector } from './inspector/Inspector';
import { Palette } from './palette/Palette';
import { BottomPanel } from './panels/BottomPanel';
import { StatusBar } from './panels/StatusBar';

/** Layout only: toolbar on top, palette left, canvas centre, inspector right, panels below the canvas, status line. */
export function App() {
  useShortcuts();
  useNativeMenu();
  return (
    <ReactFlowProvider>
      <div className="app">
        <header className="app__toolbar">
          <Toolbar />
        </header>
        <aside className="app__palette" aria-label="Palette">
          <Palette />
        </aside>
        <main className="app__canvas" aria-label="Canvas">
          <Canvas />
        </main>
        <section className="app__bottom" aria-label="Findings and simulation">
          <BottomPanel />
        </section>
        <aside className="app__inspector" aria-label="Inspector">
          <Inspector />
        </aside>
        <footer className="app__status">
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
