/// <reference types="vitest/config" />
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const require = createRequire(import.meta.url);
const LINT_CONFIG_ID = 'virtual:bpmnlint-config';
const LINT_CONFIG_FILE = fileURLToPath(new URL('./lint/bpmnlintrc.json', import.meta.url));

/**
 * Packs lint/bpmnlintrc.json (camunda-cloud-8-8 rules) into a module at build time, so the modeler
 * lints in the browser without resolving rules at run time.
 */
function bpmnlintConfig(): Plugin {
  return {
    name: 'huoke-bpmnlint-config',
    resolveId(id) {
      return id === LINT_CONFIG_ID ? '\0' + LINT_CONFIG_ID : undefined;
    },
    async load(id) {
      if (id !== '\0' + LINT_CONFIG_ID) {
        return undefined;
      }
      this.addWatchFile(LINT_CONFIG_FILE);
      const compileConfig = require('bpmnlint/lib/support/compile-config') as (
        config: unknown,
      ) => Promise<string>;
      return compileConfig(JSON.parse(readFileSync(LINT_CONFIG_FILE, 'utf8')));
    },
  };
}

export default defineConfig({
  plugins: [react(), bpmnlintConfig()],
  build: {
    // Maven packages target/classes into the jar; Spring Boot serves classpath:/static/
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/forms': 'http://localhost:8080',
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
