import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { serveDataFolder } from './scripts/vite-data-plugin.ts';
import { contentSecurityPolicy } from './scripts/vite-csp-plugin.ts';

export default defineConfig({
  base: './',
  plugins: [react(), serveDataFolder(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: { strictPort: true },
  preview: { strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
  },
});
