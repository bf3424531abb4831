import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcessInstance } from '../../api/types';

export function InstanceStateTag({ instance }: { instance: Pick<ProcessInstance, 'state' | 'hasIncident'> }) {
  const { t } = useTranslation();
  // data-state: what browser tests wait for, whatever the language
  if (instance.hasIncident && instance.state === 'ACTIVE') {
    return <Tag color="red" data-testid="instance-state" data-state="INCIDENT">{t('instanceState.INCIDENT')}</Tag>;
  }
  const color = instance.state === 'ACTIVE' ? 'blue' : instance.state === 'COMPLETED' ? 'green' : 'default';
  return <Tag color={color} data-testid="instance-state" data-state={instance.state}>{t(`instanceState.${instance.state}`)}</Tag>;
}
