import { Button, Result } from 'antd';
import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './auth/AuthContext';
import { mayAccess, type Area } from './auth/access';
import AppLayout, { PageFallback } from './layout/AppLayout';
import LoginPage from './pages/LoginPage';

// Every page is its own chunk; the modeler, form editor and diagram viewer pull bpmn-js/form-js only there.
const DashboardPage = lazy(() => import('./pages/dashboard/DashboardPage'));
const LeadListPage = lazy(() => import('./pages/leads/LeadListPage'));
const LeadDetailPage = lazy(() => import('./pages/leads/LeadDetailPage'));
const CustomerListPage = lazy(() => import('./pages/customers/CustomerListPage'));
const CustomerDetailPage = lazy(() => import('./pages/customers/CustomerDetailPage'));
const TaskListPage = lazy(() => import('./pages/tasks/TaskListPage'));
const ProcessListPage = lazy(() => import('./pages/modeler/ProcessListPage'));
const ModelerPage = lazy(() => import('./pages/modeler/ModelerPage'));
const FormEditorPage = lazy(() => import('./pages/forms/FormEditorPage'));
const DefinitionsPage = lazy(() => import('./pages/monitor/DefinitionsPage'));
const InstanceListPage = lazy(() => import('./pages/monitor/InstanceListPage'));
const InstancePage = lazy(() => import('./pages/monitor/InstancePage'));

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
