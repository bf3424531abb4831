import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Modal, Row, Select, Space, Spin, Steps, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { customers } from '../../api/endpoints';
import { CUSTOMER_STAGES, TAG_CATEGORIES, type DealView, type TagView } from '../../api/types';
import CustomerTimeline from '../../components/Timeline';
import { formatDate, formatDateTime } from '../../lib/format';
import { describeError, useErrorMessage, useLoad } from '../../lib/hooks';
import { StageTag } from './stage';

function TagEditor({ customerId, tags, onChange }: { customerId: string; tags: TagView[]; onChange: (tags: TagView[]) => void }) {
  const { t } = useTranslation();
  const showError = useErrorMessage();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<{ category: string; name: string }>();

  const change = async (add: TagView[] | { category: string; name: string }[], remove: { category: string; name: string }[]) => {
    try {
      onChange(await customers.changeTags(customerId, add, remove));
    } catch (error) {
      showError(error);
    }
  };

  return (
    <Space wrap size={[4, 8]} data-testid="customer-tags">
      {tags.map((tag) => (
        <Tag key={tag.id} color="volcano" closable onClose={(event) => { event.preventDefault(); void change([], [{ category: tag.category, name: tag.name }]); }}>
          {t(`tagCategory.${tag.category}`)} · {tag.name}
        </Tag>
      ))}
      <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="tag-add">
        {t('customers.addTag')}
      </Button>
      <Modal
        title={t('customers.addTag')}
        open={adding}
        onCancel={() => setAdding(false)}
        onOk={async () => {
          const values = await form.validateFields();
          await change([{ category: values.category, name: values.name.trim() }], []);
          form.resetFields();
          setAdding(false);
        }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ category: 'VALUE' }}>
          <Form.Item name="category" label={t('customers.tagCategory')} rules={[{ required: true }]}>
            <Select options={TAG_CATEGORIES.map((category) => ({ value: category, label: t(`tagCategory.${category}`) }))} />
          </Form.Item>
          <Form.Item name="name" label={t('customers.tagName')} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
            <Input data-testid="tag-name" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

/** One customer: profile, lifecycle stage, tags, timeline and deals. */
export default function CustomerDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const customer = useLoad(() => customers.get(id), [id]);
  const deals = useLoad(() => customers.deals(id), [id]);
  const [tags, setTags] = useState<TagView[] | null>(null);

  if (customer.error !== undefined) return <Alert type="error" showIcon message={describeError(customer.error, t)} />;
  if (!customer.data) return <Spin />;
  const profile = customer.data;
  const stageIndex = CUSTOMER_STAGES.indexOf(profile.stage);

  return (
    <div data-testid="customer-detail">
      <div className="page-header">
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
          <Typography.Title level={3}>{profile.name ?? t('common.unnamed')}</Typography.Title>
          <StageTag stage={profile.stage} />
        </Space>
      </div>
      <Card style={{ marginBottom: 16 }}>
        <Steps size="small" current={stageIndex} items={CUSTOMER_STAGES.map((stage) => ({ title: t(`stage.${stage}`) }))} />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('customers.profile')}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t('customers.type')}>{profile.typeLabel}</Descriptions.Item>
              <Descriptions.Item label={t('customers.score')}>{profile.score ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('customers.phone')}>{profile.phone ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('customers.wechat')}>{profile.wechatId ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('customers.email')}>{profile.email ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('customers.owner')}>{profile.ownerUserId ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('customers.company')}>{profile.company?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('customers.industry')}>{profile.company?.industry ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('customers.region')}>{[profile.company?.province, profile.company?.city].filter(Boolean).join(' ') || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('customers.lastActivity')}>{formatDateTime(profile.lastActivityAt)}</Descriptions.Item>
              <Descriptions.Item label={t('customers.createdAt')}>{formatDateTime(profile.createdAt)}</Descriptions.Item>
            </Descriptions>
            <div style={{ marginTop: 12 }}>
              <Typography.Text type="secondary">{t('customers.tags')}: </Typography.Text>
              <TagEditor customerId={profile.id} tags={tags ?? profile.tags} onChange={setTags} />
            </div>
          </Card>
          <Card title={t('timeline.title')} style={{ marginTop: 16 }}>
            <CustomerTimeline customerId={profile.id} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('customers.deals')}>
            <Table<DealView>
              rowKey="id"
              size="small"
              pagination={false}
              loading={deals.loading}
              dataSource={deals.data ?? []}
              data-testid="deals-table"
              columns={[
                { title: t('customers.dealTitle'), dataIndex: 'title' },
                { title: t('customers.amount'), dataIndex: 'amount', render: (amount: number | null, deal) => (amount === null ? '—' : `${deal.currency ?? 'CNY'} ${amount.toLocaleString()}`) },
                { title: t('customers.dealStage'), dataIndex: 'stage', render: (stage: DealView['stage']) => <Tag color={stage === 'WON' ? 'green' : stage === 'LOST' ? 'default' : 'blue'}>{t(`dealStage.${stage}`)}</Tag> },
                { title: t('customers.expectedClose'), dataIndex: 'expectedClose', render: formatDate },
              ]}
            />
          </Card>
          <Card title={t('customers.sources')} style={{ marginTop: 16 }}>
            <Table
              rowKey="leadId"
              size="small"
              pagination={false}
              dataSource={profile.sources}
              columns={[
                { title: t('leads.platform'), dataIndex: 'platform', render: (platform: string) => t(`platform.${platform}`, { defaultValue: platform }) },
                { title: t('leads.channel'), dataIndex: 'channel', render: (value: string | null) => value ?? '—' },
                { title: t('leads.score'), dataIndex: 'leadScore', render: (value: number | null) => value ?? '—' },
                { title: t('leads.createdAt'), dataIndex: 'capturedAt', render: (value: string, source) => <Link to={`/leads/${source.leadId}`}>{formatDateTime(value)}</Link> },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
