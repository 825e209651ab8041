// Vite builds the React client from client/ into client/dist; in development it proxies /api to the server.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/** `@domain/…` is the shared domain/ folder, for the client (and the client's unit tests, through vitest.config.ts). */
export const domainAlias = { '@domain': fileURLToPath(new URL('./domain', import.meta.url)) };

export default defineConfig({
  root: 'client',
  plugins: [react()],
  resolve: { alias: domainAlias },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
