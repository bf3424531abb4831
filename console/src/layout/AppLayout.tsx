import {
  ApartmentOutlined, CheckSquareOutlined, DashboardOutlined, FormOutlined, GlobalOutlined, LogoutOutlined,
  MonitorOutlined, TeamOutlined, UserOutlined, AimOutlined,
} from '@ant-design/icons';
import { Avatar, Button, Dropdown, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { mayAccess, type Area } from '../auth/access';
import { changeLanguage, type Language } from '../i18n';
import './layout.css';

const { Header, Sider, Content } = Layout;

const ITEMS: { key: string; area: Area; icon: React.ReactNode; label: string }[] = [
  { key: '/', area: 'dashboard', icon: <DashboardOutlined />, label: 'menu.dashboard' },
  { key: '/leads', area: 'leads', icon: <AimOutlined />, label: 'menu.leads' },
  { key: '/customers', area: 'customers', icon: <TeamOutlined />, label: 'menu.customers' },
  { key: '/tasks', area: 'tasks', icon: <CheckSquareOutlined />, label: 'menu.tasks' },
  { key: '/modeler', area: 'modeler', icon: <ApartmentOutlined />, label: 'menu.modeler' },
  { key: '/form-editor', area: 'forms', icon: <FormOutlined />, label: 'menu.forms' },
  { key: '/monitor', area: 'monitor', icon: <MonitorOutlined />, label: 'menu.monitor' },
];

function selectedKey(pathname: string): string {
  const match = ITEMS.filter((item) => item.key !== '/' && pathname.startsWith(item.key));
  return match.length > 0 ? match[0].key : '/';
}

export function PageFallback() {
  return (
    <div className="page-fallback">
      <Spin size="large" />
    </div>
  );
}

/** The signed-in frame: side menu by role, user menu, language switch. */
export default function AppLayout() {
  const { t, i18n } = useTranslation();
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);

  const items = ITEMS.filter((item) => mayAccess(user?.roles, item.area)).map((item) => ({
    key: item.key,
    icon: item.icon,
    label: <Link to={item.key} data-testid={`nav-${item.area}`}>{t(item.label)}</Link>,
  }));

  const languageItems = [
    { key: 'zh-CN', label: '简体中文' },
    { key: 'en-US', label: 'English' },
  ];

  return (
    <Layout className="app-layout">
      <Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208} theme="dark">
        <div className="brand">
          <span className="brand-mark">火</span>
          {!collapsed && <span className="brand-name">{t('app.name')}</span>}
        </div>
        <Menu theme="dark" mode="inline" selectedKeys={[selectedKey(location.pathname)]} items={items} />
      </Sider>
      <Layout>
        <Header className="app-header">
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
          <Space size="middle">
            <Dropdown
              menu={{
                items: languageItems,
                selectable: true,
                selectedKeys: [i18n.language],
                onClick: ({ key }) => changeLanguage(key as Language),
              }}
            >
              <Button type="text" icon={<GlobalOutlined />} data-testid="language-switch" aria-label={t('app.language')}>
                {i18n.language === 'en-US' ? 'English' : '中文'}
              </Button>
            </Dropdown>
            <Dropdown
              menu={{
                items: [
                  {
                    key: 'roles',
                    disabled: true,
                    label: (
                      <Space wrap size={[4, 4]}>
                        {user?.roles.map((role) => <Tag key={role}>{t(`role.${role}`)}</Tag>)}
                      </Space>
                    ),
                  },
                  { type: 'divider' },
                  { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('auth.signOut')}</span> },
                ],
                onClick: async ({ key }) => {
                  if (key === 'logout') {
                    await logout();
                    navigate('/login', { replace: true });
                  }
                },
              }}
            >
              <Button type="text" data-testid="user-menu" aria-label={t('app.userMenu')}>
                <Space>
                  <Avatar size="small" icon={<UserOutlined />} />
                  {user?.displayName ?? user?.username}
                </Space>
              </Button>
            </Dropdown>
          </Space>
        </Header>
        <Content className="app-content">
          <Suspense fallback={<PageFallback />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
