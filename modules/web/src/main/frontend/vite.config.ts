/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The Maven build (modules/web/pom.xml, exec-maven-plugin) runs `npm ci` and `npm run build` here;
// the output lands in modules/web/target/frontend and is copied into the root of the WAR.
export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../../target/frontend',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    port: 5173,
    proxy: {
      // the platform (Payara) answers /api/v1; start it first, see README.md
      '/api': {
        target: 'http://localhost:8080',
        changeOrigin: false,
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // the build machine is shared: under load a screen test with many steps can pass 5 s without being wrong
    testTimeout: 20_000,
  },
});
