import { ClockCircleOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, fromNow } from '../../lib/format';
import { dueState } from '../../lib/sla';

/** A due date with its SLA state: overdue in red, due soon in orange. */
export function DueDate({ dueDate }: { dueDate: string | null }) {
  const { t } = useTranslation();
  const state = dueState(dueDate);
  if (state === 'none') return <span>—</span>;
  const className = state === 'overdue' ? 'overdue' : state === 'soon' ? 'due-soon' : undefined;
  return (
    <Tooltip title={formatDateTime(dueDate)}>
      <span className={className} data-testid={`due-${state}`}>
        {state !== 'ok' && <ClockCircleOutlined style={{ marginRight: 4 }} />}
        {state === 'overdue' ? t('tasks.overdue', { since: fromNow(dueDate) }) : fromNow(dueDate)}
      </span>
    </Tooltip>
  );
}
