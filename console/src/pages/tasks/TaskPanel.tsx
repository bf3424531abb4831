import { CheckOutlined, UserAddOutlined, UserDeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Empty, Input, Space, Spin, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tasks } from '../../api/endpoints';
import { useAuth } from '../../auth/AuthContext';
import { formatDateTime, json } from '../../lib/format';
import { describeError, useErrorMessage, useLoad } from '../../lib/hooks';
import { DueDate } from './DueDate';
import type { TaskFormHandle } from './TaskForm';

const TaskForm = lazy(() => import('./TaskForm'));

/** One task: its form with its variables, claim/unclaim/complete. */
export default function TaskPanel({ taskKey, onChanged }: { taskKey: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const showError = useErrorMessage();
  const task = useLoad(() => tasks.get(taskKey), [taskKey]);
  const formHandle = useRef<TaskFormHandle | null>(null);
  const [busy, setBusy] = useState(false);
  const [variablesText, setVariablesText] = useState('{}');
  const onReady = useCallback((handle: TaskFormHandle | null) => {
    formHandle.current = handle;
  }, []);
  const variables = useMemo(() => task.data?.variables ?? {}, [task.data]);

  if (task.error !== undefined) return <Alert type="error" showIcon message={describeError(task.error, t)} />;
  if (!task.data) return <Spin />;
  const details = task.data;
  const mine = !!user && details.assignee === user.username;
  const open = details.state === 'CREATED' || details.state === 'ACTIVE' || details.state === 'OPEN' || !details.state;

  const act = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await action();
      void message.success(done);
      task.reload();
      onChanged();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  const complete = async () => {
    let submitted: Record<string, unknown>;
    if (details.form) {
      const result = formHandle.current?.submit();
      if (!result) return;
      if (Object.keys(result.errors).length > 0) {
        void message.warning(t('tasks.formInvalid'));
        return;
      }
      submitted = result.data;
    } else {
      try {
        submitted = JSON.parse(variablesText || '{}') as Record<string, unknown>;
      } catch {
        void message.error(t('tasks.variablesInvalid'));
        return;
      }
    }
    await act(() => tasks.complete(details.userTaskKey, submitted), t('tasks.completed'));
  };

  return (
    <Card
      data-testid="task-panel"
      title={
        <Space direction="vertical" size={0}>
          <Typography.Text strong style={{ fontSize: 16 }}>{details.name ?? details.elementId}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {details.processDefinitionId} · <Link to={`/monitor/instances/${details.processInstanceKey}`}>{details.processInstanceKey}</Link>
          </Typography.Text>
        </Space>
      }
      extra={
        open && (
          <Space>
            {!details.assignee && (
              <Button type="primary" icon={<UserAddOutlined />} loading={busy} onClick={() => act(() => tasks.claim(details.userTaskKey), t('tasks.claimed'))} data-testid="task-claim">
                {t('tasks.claim')}
              </Button>
            )}
            {mine && (
              <Button icon={<UserDeleteOutlined />} loading={busy} onClick={() => act(() => tasks.unclaim(details.userTaskKey), t('tasks.unclaimed'))} data-testid="task-unclaim">
                {t('tasks.unclaim')}
              </Button>
            )}
          </Space>
        )
      }
    >
      <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('tasks.assignee')}>{details.assignee ?? <Tag>{t('tasks.unassigned')}</Tag>}</Descriptions.Item>
        <Descriptions.Item label={t('tasks.candidateGroups')}>{details.candidateGroups.join(', ') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('tasks.created')}>{formatDateTime(details.creationDate)}</Descriptions.Item>
        <Descriptions.Item label={t('tasks.due')}><DueDate dueDate={details.dueDate} /></Descriptions.Item>
        {details.followUpDate && <Descriptions.Item label={t('tasks.followUp')}>{formatDateTime(details.followUpDate)}</Descriptions.Item>}
      </Descriptions>
      {open && !mine && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={details.assignee ? t('tasks.assignedToOther', { assignee: details.assignee }) : t('tasks.claimFirst')} />}
      {details.form ? (
        <Suspense fallback={<Spin />}>
          <TaskForm schema={details.form} data={variables} readOnly={!mine || !open} onReady={onReady} />
        </Suspense>
      ) : (
        open && mine && (
          <div style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary">{t('tasks.noForm')}</Typography.Text>
            <Input.TextArea rows={4} className="mono" value={variablesText} onChange={(event) => setVariablesText(event.target.value)} data-testid="task-variables-input" />
          </div>
        )
      )}
      {open && mine && (
        <Button type="primary" icon={<CheckOutlined />} loading={busy} onClick={complete} data-testid="task-complete" style={{ marginTop: 8 }}>
          {t('tasks.complete')}
        </Button>
      )}
      <Typography.Title level={5} style={{ marginTop: 20 }}>{t('tasks.variables')}</Typography.Title>
      {Object.keys(variables).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey="name"
          data-testid="task-variables"
          dataSource={Object.entries(variables).map(([name, value]) => ({ name, value }))}
          columns={[
            { title: t('common.name'), dataIndex: 'name', width: 180, render: (name: string) => <span className="mono">{name}</span> },
            { title: t('common.value'), dataIndex: 'value', render: (value: unknown) => <pre className="variables">{json(value)}</pre> },
          ]}
        />
      )}
    </Card>
  );
}
