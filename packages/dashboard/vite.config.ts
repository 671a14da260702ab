import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The API (packages/api) listens on 4000 in development; the built dashboard is served by the API
// itself, so in production both share one origin and no proxy is involved.
const api = 'http://127.0.0.1:4000';
const proxy = {
  '/graphql': { target: api, changeOrigin: true },
  '/health': { target: api, changeOrigin: true },
  '/explorer': { target: api, changeOrigin: true },
};

export default defineConfig({
  plugins: [vue()],
  // vue-i18n's bundler build reads these flags; we only use the Composition API.
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // ECharts core + zrender is ~550 kB minified however few modules are registered. It gets its own
    // chunk so app releases do not invalidate it in browser caches, and the warning limit sits above it.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Only the chart libraries themselves; Vue stays in the entry chunk it belongs to.
          includeDependenciesRecursively: false,
          groups: [{ name: 'echarts', test: /\/node_modules\/(echarts|zrender|tslib)\// }],
        },
      },
    },
  },
});
