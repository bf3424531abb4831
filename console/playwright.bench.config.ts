import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** The console page-load benchmark (ConsolePageLoadBenchmark runs it): e2e/*.bench.ts only. */
export default defineConfig({
  ...base,
  testMatch: '**/*.bench.ts',
  timeout: 600_000,
});
