import { ArrowLeftOutlined, RedoOutlined, ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Empty, Popconfirm, Space, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { instances, processes } from '../../api/endpoints';
import type { ElementInstance, Incident } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { mayAccess } from '../../auth/access';
import { formatDateTime, json } from '../../lib/format';
import { describeError, useErrorMessage, useLoad } from '../../lib/hooks';
import { InstanceStateTag } from './InstanceStateTag';

const DiagramViewer = lazy(() => import('./DiagramViewer'));

const POLL_MS = 3000;

/** One process instance: the diagram with live state, incidents to retry, variables, history, cancel. */
export default function InstancePage() {
  const { key = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { user } = useAuth();
  const showError = useErrorMessage();
  const details = useLoad(() => instances.get(key), [key], POLL_MS);
  const definitionKey = details.data?.instance.processDefinitionKey;
  const xml = useLoad(() => (definitionKey ? processes.xml(definitionKey) : Promise.resolve(undefined)), [definitionKey]);
  const [busy, setBusy] = useState<string | null>(null);
  const mayOperate = mayAccess(user?.roles, 'operate');

  if (details.error !== undefined && !details.data) return <Alert type="error" showIcon message={describeError(details.error, t)} />;
  if (!details.data) return <Spin />;
  const { instance, elements, incidents, variables } = details.data;

  const run = async (id: string, action: () => Promise<unknown>, done: string) => {
    setBusy(id);
    try {
      await action();
      void message.success(done);
      details.reload();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div data-testid="instance-page">
      <div className="page-header">
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
          <Typography.Title level={3}>
            {instance.processDefinitionId} <Typography.Text type="secondary" className="mono">#{instance.processInstanceKey}</Typography.Text>
          </Typography.Title>
          <InstanceStateTag instance={instance} />
        </Space>
        <Space>
          <Typography.Text type="secondary">{t('monitor.live')}</Typography.Text>
          <Button icon={<ReloadOutlined />} onClick={details.reload}>{t('common.refresh')}</Button>
          {mayOperate && instance.state === 'ACTIVE' && (
            <Popconfirm title={t('monitor.cancelConfirm')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => run('cancel', () => instances.cancel(instance.processInstanceKey), t('monitor.canceled'))}>
              <Button danger icon={<StopOutlined />} loading={busy === 'cancel'} data-testid="instance-cancel">
                {t('monitor.cancel')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </div>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('monitor.version')}>v{instance.processDefinitionVersion}</Descriptions.Item>
          <Descriptions.Item label={t('monitor.businessKey')}>{instance.businessKey ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('monitor.started')}>{formatDateTime(instance.startDate)}</Descriptions.Item>
          <Descriptions.Item label={t('monitor.ended')}>{formatDateTime(instance.endDate)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" style={{ marginBottom: 16 }} bodyStyle={{ padding: 8 }}>
        {xml.data ? (
          <Suspense fallback={<Spin />}>
            <DiagramViewer xml={xml.data} elements={elements} incidents={incidents} />
          </Suspense>
        ) : xml.error !== undefined ? (
          <Alert type="warning" showIcon message={describeError(xml.error, t)} />
        ) : (
          <Spin />
        )}
        <Space size="large" style={{ marginTop: 8, paddingLeft: 8 }}>
          <Tag color="blue">{t('monitor.legendActive')}</Tag>
          <Tag color="green">{t('monitor.legendCompleted')}</Tag>
          <Tag color="red">{t('monitor.legendIncident')}</Tag>
        </Space>
      </Card>
      <Card size="small">
        <Tabs
          defaultActiveKey={incidents.length > 0 ? 'incidents' : 'variables'}
          items={[
            {
              key: 'incidents',
              label: <span data-testid="tab-incidents">{t('monitor.incidents')} ({incidents.length})</span>,
              children: (
                <Table<Incident>
                  rowKey="incidentKey"
                  size="small"
                  pagination={false}
                  dataSource={incidents}
                  data-testid="incidents-table"
                  locale={{ emptyText: <Empty description={t('monitor.noIncidents')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
                  columns={[
                    { title: t('monitor.element'), dataIndex: 'elementId', render: (id: string) => <span className="mono">{id}</span> },
                    { title: t('monitor.errorType'), dataIndex: 'errorType', render: (type: string) => <Tag color="red">{type}</Tag> },
                    { title: t('monitor.errorMessage'), dataIndex: 'errorMessage' },
                    { title: t('monitor.since'), dataIndex: 'creationTime', render: formatDateTime },
                    ...(mayOperate
                      ? [
                          {
                            title: t('common.actions'),
                            render: (_: unknown, incident: Incident) => (
                              <Button size="small" icon={<RedoOutlined />} loading={busy === incident.incidentKey} onClick={() => run(incident.incidentKey, () => instances.retry(incident.incidentKey), t('monitor.retried'))} data-testid={`incident-retry-${incident.incidentKey}`}>
                                {t('monitor.retry')}
                              </Button>
                            ),
                          },
                        ]
                      : []),
                  ]}
                />
              ),
            },
            {
              key: 'variables',
              label: <span data-testid="tab-variables">{t('monitor.variables')}</span>,
              children: (
                <Table
                  rowKey="name"
                  size="small"
                  pagination={false}
                  data-testid="variables-table"
                  dataSource={Object.entries(variables).map(([name, value]) => ({ name, value }))}
                  columns={[
                    { title: t('common.name'), dataIndex: 'name', width: 220, render: (name: string) => <span className="mono">{name}</span> },
                    { title: t('common.value'), dataIndex: 'value', render: (value: unknown) => <pre className="variables">{json(value)}</pre> },
                  ]}
                />
              ),
            },
            {
              key: 'history',
              label: <span data-testid="tab-history">{t('monitor.history')}</span>,
              children: (
                <Table<ElementInstance>
                  rowKey="elementInstanceKey"
                  size="small"
                  pagination={false}
                  data-testid="history-table"
                  dataSource={elements}
                  columns={[
                    { title: t('monitor.element'), dataIndex: 'elementName', render: (name: string | null, element) => name ?? <span className="mono">{element.elementId}</span> },
                    { title: t('monitor.elementType'), dataIndex: 'elementType', render: (type: string | null) => <span className="mono">{type ?? '—'}</span> },
                    { title: t('monitor.state'), dataIndex: 'state', render: (state: ElementInstance['state']) => <Tag color={state === 'ACTIVE' ? 'blue' : state === 'COMPLETED' ? 'green' : 'default'}>{t(`elementState.${state}`)}</Tag> },
                    { title: t('monitor.started'), dataIndex: 'startDate', render: formatDateTime },
                    { title: t('monitor.ended'), dataIndex: 'endDate', render: formatDateTime },
                  ]}
                />
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
