import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerStage } from '../../api/types';

const COLORS: Record<CustomerStage, string> = {
  PROSPECT: 'default',
  INTERESTED: 'blue',
  OPPORTUNITY: 'orange',
  CUSTOMER: 'green',
  REPEAT: 'purple',
};

export function StageTag({ stage }: { stage: CustomerStage }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[stage]}>{t(`stage.${stage}`)}</Tag>;
}
