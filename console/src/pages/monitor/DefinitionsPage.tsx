import { ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { processes } from '../../api/endpoints';
import type { ProcessDefinition } from '../../api/types';
import { describeError, useLoad } from '../../lib/hooks';

/** 监控: every process with its running, completed and failing instances. */
export default function DefinitionsPage() {
  const { t } = useTranslation();
  const definitions = useLoad(() => processes.definitions(), [], 5000);
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>{t('monitor.title')}</Typography.Title>
        <Space>
          <Link to="/monitor/instances">{t('monitor.allInstances')}</Link>
          <Button icon={<ReloadOutlined />} onClick={definitions.reload}>{t('common.refresh')}</Button>
        </Space>
      </div>
      {definitions.error !== undefined && <Typography.Text type="danger">{describeError(definitions.error, t)}</Typography.Text>}
      <Card size="small">
        <Table<ProcessDefinition>
          rowKey="processDefinitionKey"
          data-testid="definitions-table"
          loading={definitions.loading && !definitions.data}
          dataSource={definitions.data ?? []}
          pagination={false}
          columns={[
            {
              title: t('monitor.process'),
              dataIndex: 'name',
              render: (name: string | null, definition) => (
                <Space direction="vertical" size={0}>
                  <Link to={`/monitor/instances?process=${encodeURIComponent(definition.processDefinitionId)}`}>{name ?? definition.processDefinitionId}</Link>
                  <Typography.Text type="secondary" className="mono">{definition.processDefinitionId}</Typography.Text>
                </Space>
              ),
            },
            { title: t('monitor.version'), dataIndex: 'version', render: (version: number, definition) => `v${version}${definition.versions && definition.versions.length > 1 ? ` (${definition.versions.length})` : ''}` },
            {
              title: t('monitor.running'),
              render: (_: unknown, definition) => (
                <Link to={`/monitor/instances?process=${encodeURIComponent(definition.processDefinitionId)}&state=ACTIVE`}>
                  <Badge color="blue" text={definition.instances?.active ?? 0} />
                </Link>
              ),
            },
            {
              title: t('monitor.completed'),
              render: (_: unknown, definition) => <Badge color="green" text={definition.instances?.completed ?? 0} />,
            },
            {
              title: t('monitor.incidents'),
              render: (_: unknown, definition) => {
                const count = definition.instances?.withIncidents ?? 0;
                return (
                  <Link to={`/monitor/instances?process=${encodeURIComponent(definition.processDefinitionId)}&incident=true`} data-testid={`incidents-${definition.processDefinitionId}`}>
                    <Badge color={count > 0 ? 'red' : 'default'} text={<span style={{ color: count > 0 ? '#cf1322' : undefined, fontWeight: count > 0 ? 600 : undefined }}>{count}</span>} />
                  </Link>
                );
              },
            },
            {
              title: t('common.actions'),
              render: (_: unknown, definition) => <Link to={`/modeler/${definition.processDefinitionKey}`}>{t('modeler.open')}</Link>,
            },
          ]}
        />
      </Card>
    </div>
  );
}
