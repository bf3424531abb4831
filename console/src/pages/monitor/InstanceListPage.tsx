import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Select, Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { instances, processes } from '../../api/endpoints';
import type { ProcessInstance } from '../../api/types';
import { formatDateTime } from '../../lib/format';
import { describeError, useLoad } from '../../lib/hooks';
import { urlPaging, useFilters } from '../../lib/searchParams';
import { InstanceStateTag } from './InstanceStateTag';

const FILTERS = ['process', 'state', 'incident', 'page', 'size'] as const;

/** Process instances with filters; refreshes every few seconds. */
export default function InstanceListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filters, setFilters] = useFilters(FILTERS);
  const { page, size, pagination, onChange } = urlPaging(filters, setFilters);
  const definitions = useLoad(() => processes.definitions(), []);
  const list = useLoad(
    () =>
      instances.list({
        processDefinitionId: filters.process,
        state: filters.state,
        hasIncident: filters.incident === 'true' ? true : undefined,
        page,
        size,
      }),
    [filters],
    5000,
  );

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>{t('monitor.instances')}</Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={list.reload}>{t('common.refresh')}</Button>
      </div>
      <Card className="filters" size="small">
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('monitor.process')}>
            <Select
              allowClear
              showSearch
              style={{ width: 220 }}
              placeholder={t('common.all')}
              value={filters.process}
              onChange={(value?: string) => setFilters({ process: value })}
              options={(definitions.data ?? []).map((definition) => ({ value: definition.processDefinitionId, label: definition.name ?? definition.processDefinitionId }))}
              data-testid="instances-filter-process"
            />
          </Form.Item>
          <Form.Item label={t('monitor.state')}>
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={t('common.all')}
              value={filters.state}
              onChange={(value?: string) => setFilters({ state: value })}
              options={['ACTIVE', 'COMPLETED', 'CANCELED'].map((state) => ({ value: state, label: t(`instanceState.${state}`) }))}
              data-testid="instances-filter-state"
            />
          </Form.Item>
          <Form.Item label={t('monitor.withIncidents')}>
            <Switch checked={filters.incident === 'true'} onChange={(checked) => setFilters({ incident: checked ? 'true' : null })} data-testid="instances-filter-incident" />
          </Form.Item>
        </Form>
      </Card>
      {list.error !== undefined && <Typography.Text type="danger">{describeError(list.error, t)}</Typography.Text>}
      <Card size="small">
        <Table<ProcessInstance>
          rowKey="processInstanceKey"
          data-testid="instances-table"
          loading={list.loading && !list.data}
          dataSource={list.data?.items ?? []}
          onRow={(instance) => ({ onClick: () => navigate(`/monitor/instances/${instance.processInstanceKey}`), style: { cursor: 'pointer' } })}
          pagination={pagination(list.data?.totalItems, (total) => t('common.totalItems', { count: total }))}
          onChange={onChange}
          columns={[
            {
              title: t('monitor.instanceKey'),
              dataIndex: 'processInstanceKey',
              render: (key: string) => (
                <Link to={`/monitor/instances/${key}`} className="mono" onClick={(event) => event.stopPropagation()}>
                  {key}
                </Link>
              ),
            },
            { title: t('monitor.process'), dataIndex: 'processDefinitionId', render: (id: string, instance) => `${id} v${instance.processDefinitionVersion}` },
            { title: t('monitor.businessKey'), dataIndex: 'businessKey', render: (value: string | null) => value ?? '—' },
            { title: t('monitor.state'), dataIndex: 'state', render: (_: unknown, instance) => <InstanceStateTag instance={instance} /> },
            { title: t('monitor.started'), dataIndex: 'startDate', render: formatDateTime },
            { title: t('monitor.ended'), dataIndex: 'endDate', render: formatDateTime },
          ]}
        />
      </Card>
    </div>
  );
}
