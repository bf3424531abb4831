import { CheckSquareOutlined, FireOutlined, RiseOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Row, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { leads, tasks } from '../../api/endpoints';
import type { LeadStats } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { mayAccess } from '../../auth/access';
import EChart, { type ChartOption } from '../../components/EChart';
import { percent } from '../../lib/format';
import { describeError, useLoad } from '../../lib/hooks';

const PALETTE = ['#d4380d', '#fa8c16', '#fadb14', '#52c41a', '#13c2c2', '#1677ff', '#722ed1', '#eb2f96', '#8c8c8c'];

function chartsOf(stats: LeadStats, t: (key: string) => string) {
  const perDay: ChartOption = {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 28 },
    xAxis: { type: 'category', data: stats.perDay.map((day) => day.date.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'line', smooth: true, areaStyle: { opacity: 0.12 }, name: t('dashboard.leads'), data: stats.perDay.map((day) => day.leads) }],
  };
  const byPlatform: ChartOption = {
    color: PALETTE,
    tooltip: { trigger: 'item' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '44%'],
        data: Object.entries(stats.byPlatform).map(([platform, count]) => ({ name: t(`platform.${platform}`), value: count })),
      },
    ],
  };
  const statusEntries = Object.entries(stats.byStatus);
  const byStatus: ChartOption = {
    color: ['#d4380d'],
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: statusEntries.map(([status]) => t(`leadStatus.${status}`)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', barMaxWidth: 36, data: statusEntries.map(([, count]) => count) }],
  };
  const channels = [...stats.topSourceChannels].reverse();
  const topChannels: ChartOption = {
    color: ['#fa8c16'],
    tooltip: { trigger: 'axis' },
    grid: { left: 120, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: channels.map((channel) => channel.sourceChannel), axisLabel: { width: 110, overflow: 'truncate' } },
    series: [{ type: 'bar', barMaxWidth: 18, data: channels.map((channel) => channel.leads) }],
  };
  return { perDay, byPlatform, byStatus, topChannels };
}

/** 工作台: lead statistics of the last 30 days and the tasks waiting for me. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const seesLeads = mayAccess(user?.roles, 'leads');
  const stats = useLoad(() => (seesLeads ? leads.stats() : Promise.resolve(undefined)), [seesLeads]);
  const mine = useLoad(() => tasks.list('mine'), []);
  const offered = useLoad(() => tasks.list('groups'), []);
  const charts = useMemo(() => (stats.data ? chartsOf(stats.data, t) : null), [stats.data, t]);

  return (
    <div data-testid="dashboard">
      <div className="page-header">
        <Typography.Title level={3}>{t('dashboard.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('dashboard.last30Days')}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <Card>
            <Link to="/tasks" data-testid="dashboard-my-tasks">
              <Statistic title={t('dashboard.myOpenTasks')} value={mine.data?.length ?? '—'} prefix={<CheckSquareOutlined />} loading={mine.loading} />
            </Link>
            <Typography.Text type="secondary">
              {t('dashboard.groupTasks', { count: offered.data?.length ?? 0 })}
            </Typography.Text>
          </Card>
        </Col>
        {seesLeads && (
          <>
            <Col xs={24} sm={12} xl={6}>
              <Card>
                <Statistic title={t('dashboard.totalLeads')} value={stats.data?.total ?? '—'} prefix={<TeamOutlined />} loading={stats.loading} />
                <Typography.Text type="secondary">{t('dashboard.conversionRate')}: {percent(stats.data?.conversionRate)}</Typography.Text>
              </Card>
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Card>
                <Statistic title={t('dashboard.hotRatio')} value={percent(stats.data?.hotRatio)} prefix={<FireOutlined />} loading={stats.loading} valueStyle={{ color: '#d4380d' }} />
                <Typography.Text type="secondary">{t('dashboard.hotHint')}</Typography.Text>
              </Card>
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Card>
                <Statistic
                  title={t('dashboard.averageScore')}
                  value={stats.data?.averageScore === null || stats.data?.averageScore === undefined ? '—' : stats.data.averageScore.toFixed(1)}
                  prefix={<RiseOutlined />}
                  loading={stats.loading}
                />
                <Typography.Text type="secondary">{t('dashboard.scoreHint')}</Typography.Text>
              </Card>
            </Col>
          </>
        )}
      </Row>
      {seesLeads && stats.error !== undefined && (
        <Alert style={{ marginTop: 16 }} type="error" showIcon message={describeError(stats.error, t)} />
      )}
      {seesLeads && charts && (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
          <Col xs={24} xl={16}>
            <Card title={t('dashboard.leadsPerDay')}>
              <EChart option={charts.perDay} testId="chart-per-day" />
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <Card title={t('dashboard.byPlatform')}>
              {stats.data && Object.keys(stats.data.byPlatform).length > 0 ? (
                <EChart option={charts.byPlatform} testId="chart-by-platform" />
              ) : (
                <Empty style={{ height: 248 }} />
              )}
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('dashboard.byStatus')}>
              <EChart option={charts.byStatus} height={240} testId="chart-by-status" />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('dashboard.topChannels')}>
              {stats.data && stats.data.topSourceChannels.length > 0 ? (
                <EChart option={charts.topChannels} height={240} testId="chart-top-channels" />
              ) : (
                <Empty style={{ height: 208 }} />
              )}
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
