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
    rolldownOptions: {
      output: {
        // Modules run in import order even across chunks: main.tsx imports lib/zod-config.ts first so that zod is
        // jitless before any schema is built (the CSP forbids eval). Without it the rating-scale and error-text
        // chunks, imported at start since the scale is read everywhere, built their schemas first and zod's eval
        // probe was reported as a CSP violation (tests/e2e/hostile-markup.test.ts).
        strictExecutionOrder: true,
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
