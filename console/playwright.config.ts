import { defineConfig } from '@playwright/test';

/**
 * Browser tests of the console against a running app (ConsoleBrowserTest in the app starts one and
 * runs these). Debian's Chromium only: nothing is downloaded (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
 *
 * HUOKE_BASE_URL       the app (default http://localhost:8080)
 * HUOKE_ADMIN_USERNAME an admin's user name (default admin), HUOKE_ADMIN_PASSWORD its password
 * HUOKE_SCREENSHOTS    where each page's full-page PNG goes (unset: no screenshots)
 * HUOKE_CHROMIUM       the browser (default /usr/bin/chromium)
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // one scenario whose steps build on each other: in order, one browser
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  timeout: 240_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  outputDir: process.env.HUOKE_E2E_OUTPUT ?? 'target/playwright',
  use: {
    baseURL: process.env.HUOKE_BASE_URL ?? 'http://localhost:8080',
    headless: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: process.env.HUOKE_CHROMIUM ?? '/usr/bin/chromium' },
  },
});
