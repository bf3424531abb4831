import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcessInstance } from '../../api/types';

export function InstanceStateTag({ instance }: { instance: Pick<ProcessInstance, 'state' | 'hasIncident'> }) {
  const { t } = useTranslation();
  if (instance.hasIncident && instance.state === 'ACTIVE') return <Tag color="red">{t('instanceState.INCIDENT')}</Tag>;
  const color = instance.state === 'ACTIVE' ? 'blue' : instance.state === 'COMPLETED' ? 'green' : 'default';
  return <Tag color={color}>{t(`instanceState.${instance.state}`)}</Tag>;
}
