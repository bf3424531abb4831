import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Input, Row, Select, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { tasks, type TaskView } from '../../api/endpoints';
import type { UserTask } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { mayAccess } from '../../auth/access';
import { formatDateTime } from '../../lib/format';
import { describeError, useLoad } from '../../lib/hooks';
import { useFilters } from '../../lib/searchParams';
import { dueState } from '../../lib/sla';
import { DueDate } from './DueDate';
import TaskPanel from './TaskPanel';

const FILTERS = ['view', 'process', 'q', 'due', 'finished'] as const;

/** 任务: my tasks and my groups' tasks, with the selected task's form beside the list. */
export default function TaskListPage() {
  const { t } = useTranslation();
  const { key } = useParams();
  const navigate = useNavigate();
  const { user } = useAuth();
  const [filters, setFilters] = useFilters(FILTERS);
  const view = (filters.view as TaskView | undefined) ?? 'mine';
  const list = useLoad(
    () => tasks.list(view, { processDefinitionId: filters.process, includeFinished: filters.finished === 'true' ? true : undefined }),
    [view, filters.process, filters.finished],
    15000,
  );

  const processes = useMemo(() => [...new Set((list.data ?? []).map((task) => task.processDefinitionId))].sort(), [list.data]);
  const shown = useMemo(() => {
    const text = filters.q?.toLowerCase();
    return (list.data ?? [])
      .filter((task) => !text || (task.name ?? task.elementId).toLowerCase().includes(text))
      .filter((task) => !filters.due || dueState(task.dueDate) === filters.due)
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || b.creationDate.localeCompare(a.creationDate));
  }, [list.data, filters.q, filters.due]);

  const tabs = [
    { key: 'mine', label: t('tasks.mine') },
    { key: 'groups', label: t('tasks.groups') },
    ...(mayAccess(user?.roles, 'allTasks') ? [{ key: 'all', label: t('tasks.all') }] : []),
  ];
  const search = window.location.search;

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>{t('tasks.title')}</Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={list.reload} data-testid="tasks-reload">
          {t('common.refresh')}
        </Button>
      </div>
      <Row gutter={16}>
        <Col xs={24} xl={key ? 11 : 24}>
          <Card size="small">
            <Tabs
              activeKey={view}
              onChange={(next) => setFilters({ view: next === 'mine' ? null : next })}
              items={tabs.map((tab) => ({ ...tab, label: <span data-testid={`tasks-tab-${tab.key}`}>{tab.label}</span> }))}
            />
            <Space wrap style={{ marginBottom: 12 }}>
              <Input.Search allowClear placeholder={t('tasks.search')} defaultValue={filters.q} onSearch={(value) => setFilters({ q: value.trim() })} style={{ width: 200 }} data-testid="tasks-search" />
              <Select
                allowClear
                placeholder={t('tasks.process')}
                style={{ width: 180 }}
                value={filters.process}
                onChange={(value?: string) => setFilters({ process: value })}
                options={processes.map((process) => ({ value: process, label: process }))}
                data-testid="tasks-filter-process"
              />
              <Select
                allowClear
                placeholder={t('tasks.dueFilter')}
                style={{ width: 140 }}
                value={filters.due}
                onChange={(value?: string) => setFilters({ due: value })}
                options={[
                  { value: 'overdue', label: t('tasks.dueOverdue') },
                  { value: 'soon', label: t('tasks.dueSoon') },
                  { value: 'ok', label: t('tasks.dueLater') },
                  { value: 'none', label: t('tasks.dueNone') },
                ]}
                data-testid="tasks-filter-due"
              />
              <Space>
                <Switch size="small" checked={filters.finished === 'true'} onChange={(checked) => setFilters({ finished: checked ? 'true' : null })} data-testid="tasks-include-finished" />
                <Typography.Text>{t('tasks.includeFinished')}</Typography.Text>
              </Space>
            </Space>
            {list.error !== undefined && <Typography.Text type="danger">{describeError(list.error, t)}</Typography.Text>}
            <Table<UserTask>
              rowKey="userTaskKey"
              size="middle"
              data-testid="tasks-table"
              loading={list.loading && !list.data}
              dataSource={shown}
              pagination={{ pageSize: 15, hideOnSinglePage: true }}
              rowClassName={(task) => (task.userTaskKey === key ? 'ant-table-row-selected' : '')}
              onRow={(task) => ({ onClick: () => navigate(`/tasks/${task.userTaskKey}${search}`), style: { cursor: 'pointer' } })}
              locale={{ emptyText: <Empty description={view === 'mine' ? t('tasks.emptyMine') : t('tasks.empty')} /> }}
              columns={[
                { title: t('tasks.name'), dataIndex: 'name', render: (name: string | null, task) => <Typography.Text strong>{name ?? task.elementId}</Typography.Text> },
                ...(key
                  ? []
                  : [
                      { title: t('tasks.process'), dataIndex: 'processDefinitionId', responsive: ['md' as const] },
                      { title: t('tasks.created'), dataIndex: 'creationDate', render: formatDateTime, responsive: ['lg' as const] },
                    ]),
                { title: t('tasks.due'), dataIndex: 'dueDate', render: (dueDate: string | null) => <DueDate dueDate={dueDate} /> },
                {
                  title: t('tasks.assignee'),
                  dataIndex: 'assignee',
                  render: (assignee: string | null, task) => assignee ?? <Space size={2} wrap>{task.candidateGroups.map((group) => <Tag key={group}>{group}</Tag>)}</Space>,
                },
              ]}
            />
          </Card>
        </Col>
        {key && (
          <Col xs={24} xl={13}>
            <TaskPanel key={key} taskKey={key} onChanged={list.reload} />
          </Col>
        )}
      </Row>
    </div>
  );
}
