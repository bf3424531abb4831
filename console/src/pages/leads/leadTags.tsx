import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LeadStatus } from '../../api/types';

const STATUS_COLORS: Record<LeadStatus, string> = {
  NEW: 'blue',
  SCORED: 'geekblue',
  QUALIFYING: 'orange',
  NURTURING: 'cyan',
  QUALIFIED: 'green',
  DISQUALIFIED: 'default',
  CONVERTED: 'purple',
};

export function LeadStatusTag({ status }: { status: LeadStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`leadStatus.${status}`)}</Tag>;
}

export function ScoreBadge({ score, hot }: { score: number | null; hot?: boolean | null }) {
  if (score === null || score === undefined) return <span>—</span>;
  const color = hot ? '#d4380d' : score >= 60 ? '#d46b08' : score >= 30 ? '#1677ff' : '#8c8c8c';
  return <span style={{ color, fontWeight: 600 }}>{score}</span>;
}
