import { Empty, Pagination, Spin, Timeline as AntTimeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customers } from '../api/endpoints';
import { formatDateTime } from '../lib/format';
import { describeError, useLoad } from '../lib/hooks';

const COLORS: Record<string, string> = {
  LEAD_CAPTURED: 'blue',
  LEAD_SCORED: 'orange',
  STAGE_CHANGED: 'purple',
  DEAL_WON: 'green',
  DEAL_LOST: 'red',
  MESSAGE_RECEIVED: 'cyan',
};

/** A customer's timeline, newest first, paged. */
export default function CustomerTimeline({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const timeline = useLoad(() => customers.timeline(customerId, page, 20), [customerId, page]);
  if (timeline.error !== undefined) return <Typography.Text type="danger">{describeError(timeline.error, t)}</Typography.Text>;
  if (timeline.loading && !timeline.data) return <Spin />;
  if (!timeline.data || timeline.data.items.length === 0) return <Empty description={t('timeline.empty')} />;
  return (
    <div data-testid="timeline">
      <AntTimeline
        items={timeline.data.items.map((entry) => ({
          color: COLORS[entry.type] ?? 'gray',
          children: (
            <div>
              <Typography.Text strong>{t(`activity.${entry.type}`, { defaultValue: entry.type })}</Typography.Text>{' '}
              <Typography.Text type="secondary">{formatDateTime(entry.occurredAt)}</Typography.Text>
              <div>{entry.summary}</div>
              {entry.actor && <Typography.Text type="secondary">{t('timeline.by', { actor: entry.actor })}</Typography.Text>}
            </div>
          ),
        }))}
      />
      {timeline.data.totalPages > 1 && (
        <Pagination size="small" current={page + 1} pageSize={20} total={timeline.data.totalItems} onChange={(next) => setPage(next - 1)} />
      )}
    </div>
  );
}
