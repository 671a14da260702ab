import { defineConfig } from 'vite';

// The explorer (GraphiQL 5, a React app) is a second, separate build beside the Vue dashboard:
// dist/explorer/ is served by the API at /explorer/ from this origin, Monaco workers included, so
// analysts get the IDE offline. `vite build` of the dashboard empties dist/ first; this build runs after.
export default defineConfig({
  root: 'explorer',
  base: '/explorer/',
  build: {
    outDir: '../dist/explorer',
    emptyOutDir: true,
    sourcemap: false,
    // Monaco is ~3 MB however it is split; it loads only on /explorer/.
    chunkSizeWarningLimit: 5000,
  },
  worker: { format: 'es' },
});
