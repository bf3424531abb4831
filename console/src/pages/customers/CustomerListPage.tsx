import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { customers } from '../../api/endpoints';
import { CUSTOMER_STAGES, type CustomerSummary } from '../../api/types';
import { formatDateTime } from '../../lib/format';
import { describeError, useLoad } from '../../lib/hooks';
import { urlPaging, useFilters } from '../../lib/searchParams';
import { StageTag } from './stage';

const FILTERS = ['stage', 'tag', 'owner', 'q', 'sort', 'page', 'size'] as const;

/** 客户: customers with filters by stage, tag, owner and keyword. */
export default function CustomerListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filters, setFilters] = useFilters(FILTERS);
  const { page, size, sortOrder, pagination, onChange } = urlPaging(filters, setFilters);
  const tags = useLoad(() => customers.tags(), []);
  const list = useLoad(
    () => customers.list({ stage: filters.stage, tag: filters.tag, owner: filters.owner, q: filters.q, sort: filters.sort, page, size }),
    [filters],
  );

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>{t('customers.title')}</Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={list.reload}>
          {t('common.refresh')}
        </Button>
      </div>
      <Card className="filters" size="small">
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('customers.stage')}>
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={t('common.all')}
              value={filters.stage}
              onChange={(value?: string) => setFilters({ stage: value })}
              options={CUSTOMER_STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))}
              data-testid="filter-stage"
            />
          </Form.Item>
          <Form.Item label={t('customers.tag')}>
            <Select
              allowClear
              showSearch
              style={{ width: 180 }}
              placeholder={t('common.all')}
              value={filters.tag}
              onChange={(value?: string) => setFilters({ tag: value })}
              options={(tags.data ?? []).map((tag) => ({ value: tag.name, label: `${t(`tagCategory.${tag.category}`)} · ${tag.name}` }))}
              data-testid="filter-tag"
            />
          </Form.Item>
          <Form.Item label={t('customers.owner')}>
            <Input.Search allowClear defaultValue={filters.owner} onSearch={(value) => setFilters({ owner: value.trim() })} style={{ width: 160 }} data-testid="filter-owner" />
          </Form.Item>
          <Form.Item>
            <Input.Search allowClear placeholder={t('customers.keyword')} defaultValue={filters.q} onSearch={(value) => setFilters({ q: value.trim() })} style={{ width: 220 }} data-testid="filter-keyword" />
          </Form.Item>
          <Form.Item>
            <Button onClick={() => setFilters({ stage: null, tag: null, owner: null, q: null, sort: null })}>{t('common.reset')}</Button>
          </Form.Item>
        </Form>
      </Card>
      {list.error !== undefined && <Typography.Text type="danger">{describeError(list.error, t)}</Typography.Text>}
      <Card size="small">
        <Table<CustomerSummary>
          rowKey="id"
          data-testid="customers-table"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          onRow={(customer) => ({ onClick: () => navigate(`/customers/${customer.id}`), style: { cursor: 'pointer' } })}
          pagination={pagination(list.data?.totalItems, (total) => t('common.totalItems', { count: total }))}
          onChange={onChange}
          columns={[
            {
              title: t('customers.name'),
              dataIndex: 'name',
              sorter: true,
              sortOrder: sortOrder('name'),
              render: (name: string | null, customer) => (
                <Link to={`/customers/${customer.id}`} onClick={(event) => event.stopPropagation()}>
                  {name ?? t('common.unnamed')}
                </Link>
              ),
            },
            { title: t('customers.company'), dataIndex: 'companyName', render: (value: string | null) => value ?? '—' },
            { title: t('customers.phone'), dataIndex: 'phone', render: (value: string | null) => value ?? '—' },
            { title: t('customers.stage'), dataIndex: 'stage', render: (stage: CustomerSummary['stage']) => <StageTag stage={stage} /> },
            { title: t('customers.score'), dataIndex: 'score', sorter: true, sortOrder: sortOrder('score'), render: (value: number | null) => value ?? '—' },
            {
              title: t('customers.tags'),
              dataIndex: 'tags',
              render: (tags: CustomerSummary['tags']) => (
                <Space wrap size={[4, 4]}>
                  {tags.map((tag) => (
                    <Tag key={tag.id} bordered={false} color="volcano">
                      {tag.name}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            { title: t('customers.owner'), dataIndex: 'ownerUserId', render: (value: string | null) => value ?? '—' },
            { title: t('customers.lastActivity'), dataIndex: 'lastActivityAt', sorter: true, sortOrder: sortOrder('lastActivityAt'), render: formatDateTime },
          ]}
        />
      </Card>
    </div>
  );
}
