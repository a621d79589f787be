// Admin build: React + antd SPA. `npm start` and the e2e harness build it once and serve it with `vite preview`,
// so the /graphql proxy is needed in both the dev server and the preview server.
import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

const root = fileURLToPath(new URL('.', import.meta.url));
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: true },
  // Evidence uploads and signed downloads (never cached by the service worker either).
  '/files': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: true },
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

/**
 * Installable on a liaison's phone: a web manifest, icons, and a service worker that precaches the app shell
 * so the admin opens without a network and says it is offline. GraphQL is never cached: data is always live.
 */
const pwa = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: 'script-defer',
  includeAssets: ['icon.svg', 'apple-touch-icon.png'],
  manifest: {
    name: '督查督办',
    short_name: '督查督办',
    description: '督查事项交办、办理、反馈与跨层级汇总',
    lang: 'zh-CN',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#c0392b',
    background_color: '#ffffff',
    icons: [
      { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
      { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
      { src: 'maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // A new version takes over at once, and a first visit is already covered when the line drops.
    skipWaiting: true,
    clientsClaim: true,
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/graphql/, /^\/files/],
    // The charts chunk is the largest; it is still part of the shell a leader opens offline.
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  },
});

export default defineConfig({
  root,
  plugins: [react(), pwa],
  // The shared domain rules (pure TypeScript), bundled from source; tsconfig.json maps the same path for tsc.
  resolve: {
    alias: { '@duban/rules': fileURLToPath(new URL('../../libs/rules/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/admin', import.meta.url)),
    emptyOutDir: true,
    // Two chunks pass Vite's 500 kB hint and are meant to: ExcelJS (loaded on the first 导出 click) and ECharts
    // (loaded with the pages that draw charts). Neither is part of the first page; bigger ones should warn.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // Rolldown's successor to Rollup's manualChunks.
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
  server: { port: 5173, proxy },
  preview: { port: 5173, proxy },
});
