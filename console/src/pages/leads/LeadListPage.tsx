import { FireFilled, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { leads } from '../../api/endpoints';
import { LEAD_STATUSES, SOURCE_PLATFORMS, type LeadSummary } from '../../api/types';
import { formatDateTime } from '../../lib/format';
import { describeError, useLoad } from '../../lib/hooks';
import { urlPaging, useFilters } from '../../lib/searchParams';
import { LeadStatusTag, ScoreBadge } from './leadTags';

const FILTERS = ['status', 'platform', 'minScore', 'maxScore', 'from', 'to', 'q', 'sort', 'page', 'size'] as const;

/** 线索: every lead with filters, sorting and paging. */
export default function LeadListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [filters, setFilters] = useFilters(FILTERS);
  const { page, size, sortOrder, pagination, onChange } = urlPaging(filters, setFilters);
  const list = useLoad(
    () =>
      leads.list({
        status: filters.status?.split(','),
        sourcePlatform: filters.platform?.split(','),
        minScore: filters.minScore,
        maxScore: filters.maxScore,
        createdFrom: filters.from,
        createdTo: filters.to,
        q: filters.q,
        sort: filters.sort,
        page,
        size,
      }),
    [filters],
  );


  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>{t('leads.title')}</Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={list.reload} data-testid="leads-reload">
          {t('common.refresh')}
        </Button>
      </div>
      <Card className="filters" size="small">
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('leads.status')}>
            <Select
              mode="multiple"
              allowClear
              style={{ minWidth: 180 }}
              placeholder={t('common.all')}
              value={filters.status ? filters.status.split(',') : []}
              onChange={(values: string[]) => setFilters({ status: values.join(',') })}
              options={LEAD_STATUSES.map((status) => ({ value: status, label: t(`leadStatus.${status}`) }))}
              data-testid="filter-status"
              maxTagCount="responsive"
            />
          </Form.Item>
          <Form.Item label={t('leads.platform')}>
            <Select
              mode="multiple"
              allowClear
              style={{ minWidth: 180 }}
              placeholder={t('common.all')}
              value={filters.platform ? filters.platform.split(',') : []}
              onChange={(values: string[]) => setFilters({ platform: values.join(',') })}
              options={SOURCE_PLATFORMS.map((platform) => ({ value: platform, label: t(`platform.${platform}`) }))}
              data-testid="filter-platform"
              maxTagCount="responsive"
            />
          </Form.Item>
          <Form.Item label={t('leads.score')}>
            <Space.Compact>
              <InputNumber
                min={0}
                max={100}
                placeholder={t('common.min')}
                value={filters.minScore ? Number(filters.minScore) : null}
                onChange={(value) => setFilters({ minScore: value })}
                data-testid="filter-min-score"
                style={{ width: 80 }}
              />
              <InputNumber
                min={0}
                max={100}
                placeholder={t('common.max')}
                value={filters.maxScore ? Number(filters.maxScore) : null}
                onChange={(value) => setFilters({ maxScore: value })}
                data-testid="filter-max-score"
                style={{ width: 80 }}
              />
            </Space.Compact>
          </Form.Item>
          <Form.Item label={t('leads.createdAt')}>
            <DatePicker.RangePicker
              value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
              onChange={(range) =>
                setFilters({
                  from: range?.[0]?.format('YYYY-MM-DD'),
                  to: range?.[1]?.format('YYYY-MM-DD'),
                })
              }
              data-testid="filter-created"
            />
          </Form.Item>
          <Form.Item>
            <Input.Search
              allowClear
              placeholder={t('leads.keyword')}
              defaultValue={filters.q}
              onSearch={(value) => setFilters({ q: value.trim() })}
              data-testid="filter-keyword"
              style={{ width: 220 }}
            />
          </Form.Item>
          <Form.Item>
            <Button onClick={() => setFilters({ status: null, platform: null, minScore: null, maxScore: null, from: null, to: null, q: null, sort: null })}>
              {t('common.reset')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {list.error !== undefined && <Typography.Text type="danger">{describeError(list.error, t)}</Typography.Text>}
      <Card size="small">
        <Table<LeadSummary>
          rowKey="id"
          data-testid="leads-table"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          onRow={(lead) => ({ onClick: () => navigate(`/leads/${lead.id}`), style: { cursor: 'pointer' } })}
          pagination={pagination(list.data?.totalItems, (total) => t('common.totalItems', { count: total }))}
          onChange={onChange}
          columns={[
            {
              title: t('leads.contact'),
              dataIndex: 'contactName',
              sorter: true,
              sortOrder: sortOrder('contactName'),
              render: (name: string | null, lead) => (
                <Space>
                  <Link to={`/leads/${lead.id}`} onClick={(event) => event.stopPropagation()}>
                    {name ?? t('common.unnamed')}
                  </Link>
                  {lead.hot && <FireFilled style={{ color: '#d4380d' }} title={t('leads.hot')} />}
                </Space>
              ),
            },
            { title: t('leads.company'), dataIndex: 'company', render: (value: string | null) => value ?? '—' },
            { title: t('leads.platform'), dataIndex: 'sourcePlatform', render: (value: string) => <Tag>{t(`platform.${value}`)}</Tag> },
            { title: t('leads.status'), dataIndex: 'status', render: (value: LeadSummary['status']) => <LeadStatusTag status={value} /> },
            {
              title: t('leads.score'),
              dataIndex: 'score',
              sorter: true,
              sortOrder: sortOrder('score'),
              render: (score: number | null, lead) => <ScoreBadge score={score} hot={lead.hot} />,
            },
            {
              title: t('leads.createdAt'),
              dataIndex: 'createdAt',
              sorter: true,
              sortOrder: sortOrder('createdAt'),
              render: formatDateTime,
            },
          ]}
        />
      </Card>
    </div>
  );
}
