import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** The NestJS API (apps/api) serves /graphql, /api and /health; in production it also serves this build. */
const apiTarget = process.env.GEVINST_API_URL ?? 'http://localhost:3000';

/**
 * React itself gets a long-lived chunk of its own. Everything else is left to Rolldown's automatic
 * splitting, so the parts of react-admin and MUI that only lazy pages use (forms, tables, tabs) load
 * with those pages; forcing all of node_modules into one vendor chunk made the first load ~30% larger.
 */
const vendorGroups: { name: string; test: RegExp }[] = [
  { name: 'vendor-react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
];

export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: here('public'),
  plugins: [react()],
  resolve: {
    alias: {
      '@gevinst/domain': here('../../libs/domain/src/index.ts'),
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true },
      '/api': { target: apiTarget, changeOrigin: true },
      '/health': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: {
    port: 4300,
  },
  build: {
    // Relative to `root` (apps/admin): the API serves /work/main/dist/apps/admin as static files.
    outDir: '../../dist/apps/admin',
    emptyOutDir: true,
    // No source maps: the production build (npm start) must not hand out the original sources, and the
    // server refuses *.map in any case (create-app.ts).
    sourcemap: false,
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: vendorGroups,
        },
      },
    },
  },
});
