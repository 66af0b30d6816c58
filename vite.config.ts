import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: built into out/renderer, loaded by Electron through its app protocol and by the web host.
export default defineConfig({
  root: 'src/renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../../out/renderer', emptyOutDir: true, chunkSizeWarningLimit: 2_000 },
});
