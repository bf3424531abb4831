import { FileAddOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Dropdown, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { processes } from '../../api/endpoints';
import type { ProcessDefinition } from '../../api/types';
import { describeError, useLoad } from '../../lib/hooks';

/** 流程: the deployed processes with their versions; open one in the modeler or start a new one. */
export default function ProcessListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const definitions = useLoad(() => processes.definitions(), []);
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>{t('modeler.title')}</Typography.Title>
        <Space>
          <Button icon={<ReloadOutlined />} onClick={definitions.reload}>{t('common.refresh')}</Button>
          <Button type="primary" icon={<FileAddOutlined />} onClick={() => navigate('/modeler/new')} data-testid="process-new">
            {t('modeler.new')}
          </Button>
        </Space>
      </div>
      {definitions.error !== undefined && <Typography.Text type="danger">{describeError(definitions.error, t)}</Typography.Text>}
      <Card size="small">
        <Table<ProcessDefinition>
          rowKey="processDefinitionKey"
          data-testid="processes-table"
          loading={definitions.loading}
          dataSource={definitions.data ?? []}
          pagination={false}
          columns={[
            {
              title: t('modeler.process'),
              dataIndex: 'name',
              render: (name: string | null, definition) => (
                <Space direction="vertical" size={0}>
                  <Link to={`/modeler/${definition.processDefinitionKey}`} data-testid={`process-open-${definition.processDefinitionId}`}>
                    {name ?? definition.processDefinitionId}
                  </Link>
                  <Typography.Text type="secondary" className="mono">{definition.processDefinitionId}</Typography.Text>
                </Space>
              ),
            },
            { title: t('modeler.latestVersion'), dataIndex: 'version', render: (version: number) => <Tag color="volcano">v{version}</Tag> },
            {
              title: t('modeler.versions'),
              render: (_: unknown, definition) => {
                const versions = [...(definition.versions ?? [{ processDefinitionKey: definition.processDefinitionKey, version: definition.version }])].sort((a, b) => b.version - a.version);
                return (
                  <Dropdown
                    menu={{
                      items: versions.map((version) => ({ key: version.processDefinitionKey, label: `v${version.version}` })),
                      onClick: ({ key }) => navigate(`/modeler/${key}`),
                    }}
                  >
                    <Button size="small" data-testid={`process-versions-${definition.processDefinitionId}`}>
                      {t('modeler.versionCount', { count: versions.length })}
                    </Button>
                  </Dropdown>
                );
              },
            },
            { title: t('modeler.resource'), dataIndex: 'resourceName', render: (value: string | null) => <span className="mono">{value ?? '—'}</span> },
            {
              title: t('common.actions'),
              render: (_: unknown, definition) => (
                <Space>
                  <Link to={`/modeler/${definition.processDefinitionKey}`}>{t('modeler.open')}</Link>
                  <Link to={`/monitor/instances?process=${encodeURIComponent(definition.processDefinitionId)}`}>{t('monitor.instances')}</Link>
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
