import { ArrowLeftOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Form, Input, List, Modal, Progress, Row, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { customers, leads } from '../../api/endpoints';
import type { DimensionScore, LeadDetails } from '../../api/types';
import CustomerTimeline from '../../components/Timeline';
import { formatDateTime } from '../../lib/format';
import { describeError, useErrorMessage, useLoad } from '../../lib/hooks';
import { LeadStatusTag, ScoreBadge } from './leadTags';

const DIMENSIONS = [
  ['behaviour', 40],
  ['attributes', 30],
  ['engagement', 20],
  ['recency', 10],
] as const;

function ScoreBreakdownCard({ lead }: { lead: LeadDetails }) {
  const { t } = useTranslation();
  const breakdown = lead.score?.breakdown;
  return (
    <Card title={t('leads.scoreBreakdown')} extra={<ScoreBadge score={lead.score?.total ?? null} hot={lead.score?.hot} />} data-testid="score-breakdown">
      {!breakdown ? (
        <Empty description={t('leads.notScored')} />
      ) : (
        DIMENSIONS.map(([dimension, weight]) => {
          const part: DimensionScore = breakdown[dimension];
          return (
            <div key={dimension} style={{ marginBottom: 12 }}>
              <Space style={{ justifyContent: 'space-between', width: '100%' }}>
                <Typography.Text>
                  {t(`score.${dimension}`)} <Typography.Text type="secondary">({weight}%)</Typography.Text>
                </Typography.Text>
                <Typography.Text strong>{part.score}</Typography.Text>
              </Space>
              <Progress percent={part.score} showInfo={false} strokeColor="#d4380d" size="small" />
              <Space wrap size={[4, 4]}>
                {part.matchedRules.map((rule) => (
                  <Tag key={rule} bordered={false}>
                    {rule}
                  </Tag>
                ))}
              </Space>
            </div>
          );
        })
      )}
    </Card>
  );
}

function AssignDialog({ lead, open, onClose, onAssigned }: { lead: LeadDetails; open: boolean; onClose: () => void; onAssigned: (lead: LeadDetails) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useErrorMessage();
  const [form] = Form.useForm<{ assignee: string }>();
  const [saving, setSaving] = useState(false);
  return (
    <Modal
      title={t('leads.assignTitle')}
      open={open}
      onCancel={onClose}
      okText={t('leads.assign')}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'assign-confirm' } as Record<string, string>}
      onOk={async () => {
        const { assignee } = await form.validateFields();
        setSaving(true);
        try {
          const updated = await leads.assign(lead.id, assignee.trim());
          void message.success(t('leads.assigned', { assignee: assignee.trim() }));
          onAssigned(updated);
          onClose();
        } catch (error) {
          showError(error);
        } finally {
          setSaving(false);
        }
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ assignee: lead.assignedTo ?? '' }}>
        <Form.Item name="assignee" label={t('leads.assignee')} rules={[{ required: true, whitespace: true, message: t('leads.assigneeRequired') }, { max: 100 }]}>
          <Input placeholder={t('leads.assigneePlaceholder')} data-testid="assign-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CustomerTags({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const customer = useLoad(() => customers.get(customerId), [customerId]);
  if (!customer.data) return null;
  return (
    <Space wrap size={[4, 4]} data-testid="lead-tags">
      {customer.data.tags.length === 0 && <Typography.Text type="secondary">{t('customers.noTags')}</Typography.Text>}
      {customer.data.tags.map((tag) => (
        <Tag key={tag.id} color="volcano">
          {t(`tagCategory.${tag.category}`)} · {tag.name}
        </Tag>
      ))}
      <Link to={`/customers/${customerId}`}>{t('leads.openCustomer')}</Link>
    </Space>
  );
}

/** One lead: what was captured, its score breakdown, tags, its customer's timeline, assignment. */
export default function LeadDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const loaded = useLoad(() => leads.get(id), [id]);
  const [updated, setUpdated] = useState<LeadDetails | null>(null);
  const [assigning, setAssigning] = useState(false);
  const lead = updated && updated.id === id ? updated : loaded.data;

  if (loaded.error !== undefined) return <Alert type="error" showIcon message={describeError(loaded.error, t)} />;
  if (!lead) return <Spin />;
  const captured = lead.captured;

  return (
    <div data-testid="lead-detail">
      <div className="page-header">
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
          <Typography.Title level={3}>{captured.contactName ?? t('common.unnamed')}</Typography.Title>
          <LeadStatusTag status={lead.status} />
        </Space>
        <Button type="primary" icon={<UserSwitchOutlined />} onClick={() => setAssigning(true)} data-testid="lead-assign">
          {t('leads.assign')}
        </Button>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card title={t('leads.fields')}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t('leads.platform')}>{t(`platform.${captured.sourcePlatform}`)}</Descriptions.Item>
              <Descriptions.Item label={t('leads.channel')}>{captured.sourceChannel ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('leads.campaign')}>{captured.sourceCampaign ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('leads.phone')}>{captured.contactPhone ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('leads.wechat')}>{captured.contactWechat ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('leads.email')}>{captured.contactEmail ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('leads.company')}>{captured.company ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('leads.industry')}>{captured.industry ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('leads.jobTitle')}>{captured.jobTitle ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('leads.region')}>{captured.region ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('leads.assignee')}>
                <span data-testid="lead-assignee">{lead.assignedTo ?? t('leads.unassigned')}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('leads.createdAt')}>{formatDateTime(lead.createdAt)}</Descriptions.Item>
              {captured.utmCampaign && <Descriptions.Item label="UTM">{[captured.utmSource, captured.utmMedium, captured.utmCampaign, captured.utmContent].filter(Boolean).join(' / ')}</Descriptions.Item>}
              {lead.qualification && (
                <Descriptions.Item label={t('leads.qualification')}>
                  {lead.qualification.outcome} {lead.qualification.nextStep ? `→ ${lead.qualification.nextStep}` : ''}
                </Descriptions.Item>
              )}
              {lead.conversion && (
                <Descriptions.Item label={t('leads.convertedAt')}>
                  {formatDateTime(lead.conversion.convertedAt)} · {lead.conversion.convertedBy}
                </Descriptions.Item>
              )}
            </Descriptions>
            {lead.customerId && (
              <div style={{ marginTop: 12 }}>
                <Typography.Text type="secondary">{t('leads.tags')}: </Typography.Text>
                <CustomerTags customerId={lead.customerId} />
              </div>
            )}
          </Card>
          {lead.process && (
            <Card title={t('leads.process')} style={{ marginTop: 16 }} extra={<Link to={`/monitor/instances/${lead.process.processInstanceKey}`}>{t('leads.openInstance')}</Link>}>
              {lead.process.incidents.map((incident) => (
                <Alert key={incident.incidentKey} type="error" showIcon message={`${incident.elementId}: ${incident.errorMessage}`} style={{ marginBottom: 8 }} />
              ))}
              <List
                size="small"
                locale={{ emptyText: t('leads.noOpenTasks') }}
                dataSource={lead.process.openTasks}
                renderItem={(task) => (
                  <List.Item actions={[<Link key="open" to={`/tasks/${task.userTaskKey}`}>{t('tasks.open')}</Link>]}>
                    <List.Item.Meta
                      title={task.name ?? task.elementId}
                      description={`${task.assignee ? t('tasks.assignee') + ': ' + task.assignee : t('tasks.candidateGroups') + ': ' + task.candidateGroups.join(', ')} · ${formatDateTime(task.createdAt)}`}
                    />
                  </List.Item>
                )}
              />
            </Card>
          )}
          {lead.customerId && (
            <Card title={t('timeline.title')} style={{ marginTop: 16 }}>
              <CustomerTimeline customerId={lead.customerId} />
            </Card>
          )}
        </Col>
        <Col xs={24} xl={9}>
          <ScoreBreakdownCard lead={lead} />
          {lead.escalations.length > 0 && (
            <Card title={t('leads.escalations')} style={{ marginTop: 16 }}>
              <List
                size="small"
                dataSource={lead.escalations}
                renderItem={(escalation) => (
                  <List.Item>
                    {escalation.fromGroups.join(', ')} → {escalation.toGroups.join(', ')} · {formatDateTime(escalation.escalatedAt)}
                  </List.Item>
                )}
              />
            </Card>
          )}
        </Col>
      </Row>
      <AssignDialog lead={lead} open={assigning} onClose={() => setAssigning(false)} onAssigned={setUpdated} />
    </div>
  );
}
