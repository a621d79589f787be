// Admin build: React + antd SPA. `npm start` and the e2e harness build it once and serve it with `vite preview`,
// so the /graphql proxy is needed in both the dev server and the preview server.
import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: true },
};

/** Vendor chunks by library, so app releases do not invalidate them and route chunks stay small. */
const vendorGroups = [
  {
    name: 'react',
    test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/,
  },
  { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib|ts-invariant)[\\/]/ },
  // Only the antd code the first page needs; components used by lazy routes stay with those routes.
  {
    name: 'antd',
    test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@babel[\\/]runtime|dayjs|classnames|clsx)[\\/]/,
    tags: ['$initial' as const],
  },
  // Charts are only ever loaded by the pages that draw them.
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
];

export default defineConfig({
  root,
  plugins: [react()],
  // The shared domain rules (pure TypeScript), bundled from source; tsconfig.json maps the same path for tsc.
  resolve: {
    alias: { '@duban/rules': fileURLToPath(new URL('../../libs/rules/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/admin', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      // Rolldown's successor to Rollup's manualChunks.
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
  server: { port: 5173, proxy },
  preview: { port: 5173, proxy },
});
