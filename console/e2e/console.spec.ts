import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The console in a real browser, one scenario in order: sign in; change lead-intake's hot/cold
 * condition in the modeler and deploy it; post a lead only the new version routes to sales; claim
 * and complete its task; see the instance completed in the monitor; retry an incident.
 *
 * Every wait is on a condition the page shows, never a fixed sleep.
 */

const ADMIN = process.env.HUOKE_ADMIN_USERNAME ?? 'admin';
const PASSWORD = process.env.HUOKE_ADMIN_PASSWORD ?? '';
const SCREENSHOTS = process.env.HUOKE_SCREENSHOTS;
/** An instance the test app left in an incident (ConsoleBrowserTest), and its process. */
const INCIDENT_INSTANCE = process.env.HUOKE_INCIDENT_INSTANCE;
const INCIDENT_PROCESS = process.env.HUOKE_INCIDENT_PROCESS;
const INCIDENT_MESSAGE = process.env.HUOKE_INCIDENT_MESSAGE;

/** The condition the test deploys: 40 instead of the configured threshold (60). */
const FIXED_CONDITION = 'score >= 40';
const AGAIN_CONDITION = 'score >= 45';

let screenshotNumber = 0;

/** A full-page PNG of what the browser shows, numbered in step order. */
async function screenshot(page: Page, name: string) {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  screenshotNumber += 1;
  await page.screenshot({ path: join(SCREENSHOTS, `${String(screenshotNumber).padStart(2, '0')}-${name}.png`), fullPage: true });
}

async function apiToken(request: APIRequestContext): Promise<string> {
  const response = await request.post('/api/v1/auth/login', { data: { username: ADMIN, password: PASSWORD } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** The admin takes sales' tasks too, so lead qualification shows under 组任务 (group tasks). */
async function joinSales(request: APIRequestContext, token: string) {
  const headers = { Authorization: `Bearer ${token}` };
  const users = (await (await request.get('/api/v1/users', { headers })).json()) as Array<{
    id: string;
    username: string;
    displayName: string | null;
    roles: string[];
    groups: string[];
    enabled: boolean;
  }>;
  const admin = users.find((user) => user.username === ADMIN);
  expect(admin, `user ${ADMIN}`).toBeDefined();
  if (admin!.groups.includes('sales')) return;
  const updated = await request.put(`/api/v1/users/${admin!.id}`, {
    headers,
    data: { username: admin!.username, displayName: admin!.displayName, roles: admin!.roles, groups: [...admin!.groups, 'sales'], enabled: admin!.enabled },
  });
  expect(updated.status(), await updated.text()).toBe(200);
}

/** The diagram element's SVG group (bpmn-js marks state with classes on it). */
function diagramElement(page: Page, id: string): Locator {
  return page.locator(`.djs-element[data-element-id="${id}"]`);
}

test('the console signs in, models, runs tasks and monitors processes', async ({ page, request }) => {
  expect(PASSWORD, 'HUOKE_ADMIN_PASSWORD: the admin password the browser signs in with').not.toBe('');
  const token = await apiToken(request);
  await joinSales(request, token);
  const api = { Authorization: `Bearer ${token}` };

  await test.step('a. sign in through the login page; a wrong password shows the error', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    await page.getByTestId('login-username').fill(ADMIN);
    await page.getByTestId('login-password').fill(`${PASSWORD}-wrong`);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toContainText('用户名或密码错误');
    await screenshot(page, 'login-wrong-password');

    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('dashboard')).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    await screenshot(page, 'dashboard');
  });

  let deployedVersion = 0;
  await test.step('b. modeler: change the hot-lead condition of lead-intake, lint, deploy', async () => {
    await page.getByTestId('nav-modeler').click();
    const row = page.getByTestId('processes-table').locator('tr', { has: page.getByTestId('process-open-lead-intake') });
    await expect(row).toBeVisible();
    const before = Number((await row.locator('.ant-tag', { hasText: /^v\d+$/ }).innerText()).slice(1));
    await screenshot(page, 'processes');

    await page.getByTestId('process-open-lead-intake').click();
    // a click on the middle of the flow's line, as a user selects it
    const hotFlow = diagramElement(page, 'Flow_HotLead');
    const line = hotFlow.locator('.djs-hit');
    await expect(line).toHaveCount(1);
    const box = (await line.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const panel = page.getByTestId('properties-panel');
    await expect(panel.locator('.bio-properties-panel-header')).toContainText(/sequence flow/i);
    await expect(panel.locator('.bio-properties-panel-header')).toContainText('hot');

    const condition = panel.locator('[data-entry-id="conditionExpression"]');
    if (!(await condition.isVisible())) {
      await panel.locator('[data-group-id="group-condition"] .bio-properties-panel-group-header').click();
    }
    const editor = condition.locator('[contenteditable="true"]');
    await expect(editor).toContainText('score >= ');
    // a fresh app has the configured threshold; a run against an app an earlier run changed edits again
    const current = (await editor.innerText()).trim();
    const fixed = current === FIXED_CONDITION ? AGAIN_CONDITION : FIXED_CONDITION;
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(fixed);
    await expect(editor).toHaveText(fixed);
    await expect(page.getByText('未部署的修改')).toBeVisible();

    // lint in the browser and the server's check: nothing at all to report
    await page.getByTestId('modeler-validate').click();
    await expect(page.locator('.ant-message-notice', { hasText: '没有发现问题' })).toBeVisible();
    await expect(page.getByTestId('problems-table').locator('.ant-tag-red')).toHaveCount(0);
    await screenshot(page, 'modeler-condition-changed');

    await page.getByTestId('modeler-deploy').click();
    await expect(page.locator('.ant-message-notice', { hasText: `已部署 lead-intake（版本 ${before + 1}）` })).toBeVisible();
    await expect(page.getByText('未部署的修改')).toHaveCount(0);
    await screenshot(page, 'modeler-deployed');

    await page.getByTestId('nav-modeler').click();
    await expect(row.locator('.ant-tag', { hasText: /^v\d+$/ })).toHaveText(`v${before + 1}`);
    deployedVersion = before + 1;
    await screenshot(page, 'processes-new-version');
  });

  let instanceKey = '';
  await test.step('c. post a lead scoring between 40 and the configured 60', async () => {
    const now = new Date().toISOString();
    // attributes 30 (target industry, decision maker, target size) + recency 10 + one consultation 12 = 52
    const response = await request.post('/api/v1/leads', {
      headers: api,
      data: {
        sourcePlatform: 'WEBSITE',
        sourceChannel: '官网-浏览器测试',
        contactName: '测试线索',
        contactPhone: `139${String(Date.now()).slice(-8)}`,
        company: '杭州浏览器测试科技',
        industry: 'saas',
        jobTitle: 'CEO',
        companySize: 'MEDIUM',
        activities: [{ type: 'CONSULTATION', occurredAt: now }],
      },
    });
    expect(response.status(), await response.text()).toBe(201);
    instanceKey = ((await response.json()) as { processInstanceKey: string }).processInstanceKey;
    expect(instanceKey).toBeTruthy();
  });

  await test.step('d. tasklist: claim the qualification under group tasks, fill its form, complete', async () => {
    let taskKey = '';
    await expect(async () => {
      const tasks = (await (await request.get('/api/v1/user-tasks?view=all', { headers: api })).json()) as Array<{ userTaskKey: string; processInstanceKey: string }>;
      taskKey = tasks.find((task) => task.processInstanceKey === instanceKey)?.userTaskKey ?? '';
      expect(taskKey, 'the lead was routed to sales by the new version').not.toBe('');
    }).toPass({ timeout: 30_000 });

    await page.getByTestId('nav-tasks').click();
    await page.getByTestId('tasks-tab-groups').click();
    const row = page.getByTestId('tasks-table').locator(`tr[data-row-key="${taskKey}"]`);
    await expect(async () => {
      await page.getByTestId('tasks-reload').click();
      await expect(row).toBeVisible({ timeout: 2_000 });
    }).toPass();
    await screenshot(page, 'tasks-group');

    await row.click();
    const panel = page.getByTestId('task-panel');
    await expect(panel).toContainText(instanceKey);
    await page.getByTestId('task-claim').click();
    await expect(page.getByTestId('task-complete')).toBeVisible();
    const form = panel.getByTestId('task-form');
    await expect(form).toContainText('52');
    await form.getByLabel('合格 Qualified').check();
    await form.getByLabel('备注 Notes').fill('浏览器测试：客户有明确采购计划');
    await screenshot(page, 'task-form-filled');
    await page.getByTestId('task-complete').click();
    await expect(page.locator('.ant-message-notice', { hasText: '任务已完成' })).toBeVisible();
    await screenshot(page, 'task-completed');
  });

  await test.step('e. monitor: the instance completed along the hot path', async () => {
    await page.getByTestId('nav-monitor').click();
    await page.getByTestId('definitions-table').getByRole('link', { name: 'Lead intake (线索接入)' }).click();
    await page.getByTestId('instances-table').getByRole('link', { name: instanceKey }).click();
    const state = page.getByTestId('instance-page').getByTestId('instance-state');
    await expect(state).toHaveAttribute('data-state', 'COMPLETED');
    await expect(page.getByTestId('instance-page')).toContainText(`v${deployedVersion}`);
    await expect(diagramElement(page, 'UserTask_QualifyLead')).toHaveClass(/marker-completed/);
    await expect(diagramElement(page, 'EndEvent_LeadQualified')).toHaveClass(/marker-completed/);
    await expect(diagramElement(page, 'Flow_HotLead')).toHaveClass(/marker-flow-taken/);
    await expect(diagramElement(page, 'ServiceTask_AddToNurturePool')).not.toHaveClass(/marker-completed/);
    await screenshot(page, 'monitor-instance-completed');
  });

  await test.step('f. monitor: an incident is marked with its error and retried', async () => {
    if (!INCIDENT_INSTANCE || !INCIDENT_PROCESS) {
      // only the test app (ConsoleBrowserTest) has the failing worker that leaves one
      test.info().annotations.push({ type: 'step skipped', description: 'f: no HUOKE_INCIDENT_INSTANCE / HUOKE_INCIDENT_PROCESS given' });
      return;
    }
    await page.getByTestId('nav-monitor').click();
    await page.getByTestId(`incidents-${INCIDENT_PROCESS}`).click();
    await expect(page.getByTestId('instances-filter-incident')).toBeChecked();
    await screenshot(page, 'monitor-instances-with-incident');
    await page.getByTestId('instances-table').getByRole('link', { name: INCIDENT_INSTANCE! }).click();

    const instance = page.getByTestId('instance-page');
    await expect(instance.getByTestId('instance-state')).toHaveAttribute('data-state', 'INCIDENT');
    await expect(diagramElement(page, 'ServiceTask_Flaky')).toHaveClass(/marker-incident/);
    const overlay = page.getByTestId('incident-overlay-ServiceTask_Flaky');
    await expect(overlay).toBeVisible();
    const incidents = page.getByTestId('incidents-table');
    await expect(incidents).toContainText('ServiceTask_Flaky');
    if (INCIDENT_MESSAGE) {
      await expect(overlay).toContainText(INCIDENT_MESSAGE);
      await expect(incidents).toContainText(INCIDENT_MESSAGE);
    }
    await overlay.hover();
    await screenshot(page, 'monitor-incident');

    await incidents.locator('[data-testid^="incident-retry-"]').click();
    await expect(page.locator('.ant-message-notice', { hasText: '已重新执行' })).toBeVisible();
    await expect(instance.getByTestId('instance-state')).toHaveAttribute('data-state', 'COMPLETED');
    await expect(page.getByTestId('tab-incidents')).toContainText('(0)');
    await expect(diagramElement(page, 'ServiceTask_Flaky')).toHaveClass(/marker-completed/);
    await expect(diagramElement(page, 'ServiceTask_Flaky')).not.toHaveClass(/marker-incident/);
    await screenshot(page, 'monitor-incident-retried');
  });
});
