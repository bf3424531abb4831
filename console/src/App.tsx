import { Button, Result } from 'antd';
import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './auth/AuthContext';
import { mayAccess, type Area } from './auth/access';
import AppLayout, { PageFallback } from './layout/AppLayout';
import LoginPage from './pages/LoginPage';

// Every page is its own chunk; the modeler, form editor and diagram viewer pull bpmn-js/form-js only there.
const pages = {
  dashboard: () => import('./pages/dashboard/DashboardPage'),
  leadList: () => import('./pages/leads/LeadListPage'),
  leadDetail: () => import('./pages/leads/LeadDetailPage'),
  customerList: () => import('./pages/customers/CustomerListPage'),
  customerDetail: () => import('./pages/customers/CustomerDetailPage'),
  tasks: () => import('./pages/tasks/TaskListPage'),
  processList: () => import('./pages/modeler/ProcessListPage'),
  modeler: () => import('./pages/modeler/ModelerPage'),
  formEditor: () => import('./pages/forms/FormEditorPage'),
  definitions: () => import('./pages/monitor/DefinitionsPage'),
  instanceList: () => import('./pages/monitor/InstanceListPage'),
  instance: () => import('./pages/monitor/InstancePage'),
};
const DashboardPage = lazy(pages.dashboard);
const LeadListPage = lazy(pages.leadList);
const LeadDetailPage = lazy(pages.leadDetail);
const CustomerListPage = lazy(pages.customerList);
const CustomerDetailPage = lazy(pages.customerDetail);
const TaskListPage = lazy(pages.tasks);
const ProcessListPage = lazy(pages.processList);
const ModelerPage = lazy(pages.modeler);
const FormEditorPage = lazy(pages.formEditor);
const DefinitionsPage = lazy(pages.definitions);
const InstanceListPage = lazy(pages.instanceList);
const InstancePage = lazy(pages.instance);

/** Which page chunk an address shows (mirrors the routes below); undefined for sign-in and unknown paths. */
export function pageChunkFor(pathname: string): keyof typeof pages | undefined {
  const [first, second, third] = pathname.split('/').filter(Boolean);
  switch (first) {
    case undefined:
      return 'dashboard';
    case 'leads':
      return second ? 'leadDetail' : 'leadList';
    case 'customers':
      return second ? 'customerDetail' : 'customerList';
    case 'tasks':
      return 'tasks';
    case 'modeler':
      return second ? 'modeler' : 'processList';
    case 'form-editor':
      return 'formEditor';
    case 'monitor':
      if (second !== 'instances') return 'definitions';
      return third ? 'instance' : 'instanceList';
    default:
      return undefined;
  }
}

/**
 * Starts fetching the page the browser opened on while the session is still being restored from
 * the refresh cookie; otherwise the chunk would only be requested once that round trip is over.
 */
export function preloadPageChunk(pathname: string): void {
  const chunk = pageChunkFor(pathname);
  if (chunk) void pages[chunk]().catch(() => undefined); // React.lazy reports a failed load itself
}

function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <PageFallback />;
  if (status === 'signedOut') {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return children;
}

function RequireArea({ area, children }: { area: Area; children: ReactNode }) {
  const { user } = useAuth();
  const { t } = useTranslation();
  if (!mayAccess(user?.roles, area)) {
    return <Result status="403" title="403" subTitle={t('errors.forbidden')} />;
  }
  return children;
}

function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title="404" subTitle={t('errors.pageNotFound')} extra={<Button href="/">{t('menu.dashboard')}</Button>} />;
}

const guarded = (area: Area, page: ReactNode) => <RequireArea area={area}>{page}</RequireArea>;

export default function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<DashboardPage />} />
          <Route path="leads" element={guarded('leads', <LeadListPage />)} />
          <Route path="leads/:id" element={guarded('leads', <LeadDetailPage />)} />
          <Route path="customers" element={guarded('customers', <CustomerListPage />)} />
          <Route path="customers/:id" element={guarded('customers', <CustomerDetailPage />)} />
          <Route path="tasks" element={<TaskListPage />} />
          <Route path="tasks/:key" element={<TaskListPage />} />
          <Route path="modeler" element={guarded('modeler', <ProcessListPage />)} />
          <Route path="modeler/new" element={guarded('modeler', <ModelerPage />)} />
          <Route path="modeler/:key" element={guarded('modeler', <ModelerPage />)} />
          <Route path="form-editor" element={guarded('forms', <FormEditorPage />)} />
          <Route path="form-editor/:formId" element={guarded('forms', <FormEditorPage />)} />
          <Route path="monitor" element={guarded('monitor', <DefinitionsPage />)} />
          <Route path="monitor/instances" element={guarded('monitor', <InstanceListPage />)} />
          <Route path="monitor/instances/:key" element={guarded('monitor', <InstancePage />)} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
