import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { changeLanguage } from '../i18n';
import './login.css';

function signInError(error: unknown, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return t('auth.wrongCredentials');
    if (error.status === 429) {
      const minutes = error.retryAfterSeconds ? Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) : 15;
      return t('auth.tooManyAttempts', { minutes });
    }
    if (error.status === 400) return t('auth.required');
    return error.problem?.detail ?? t('errors.http', { status: error.status });
  }
  return t('errors.network');
}

/** 登录: username and password; the refresh cookie keeps the session across reloads. */
export default function LoginPage() {
  const { t, i18n } = useTranslation();
  const { login, status } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (status === 'signedIn') {
    return <Navigate to={from} replace />;
  }

  const submit = async (values: { username: string; password: string }) => {
    setSubmitting(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
      navigate(from, { replace: true });
    } catch (reason) {
      setError(signInError(reason, t));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="login-page">
      <div className="login-brand">
        <span className="login-mark">火</span>
        <div>
          <Typography.Title level={2} style={{ margin: 0, color: '#fff' }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text style={{ color: 'rgba(255,255,255,0.85)' }}>{t('auth.subtitle')}</Typography.Text>
        </div>
      </div>
      <Card className="login-card" title={t('auth.title')}>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false} disabled={submitting}>
          <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, message: t('auth.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting} data-testid="login-submit">
            {t('auth.signIn')}
          </Button>
        </Form>
        <Space style={{ marginTop: 16, width: '100%', justifyContent: 'center' }}>
          <Button type="link" size="small" onClick={() => changeLanguage('zh-CN')} disabled={i18n.language === 'zh-CN'}>
            简体中文
          </Button>
          <Button type="link" size="small" onClick={() => changeLanguage('en-US')} disabled={i18n.language === 'en-US'}>
            English
          </Button>
        </Space>
      </Card>
    </div>
  );
}
