import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base so the built folder runs from any sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022', chunkSizeWarningLimit: 600 },
});
