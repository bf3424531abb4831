import { App as AntApp, ConfigProvider } from 'antd';
// the ES modules: the CommonJS 'antd/locale/*' come out of the production bundle wrapped in an
// extra `default`, and antd silently fell back to English ("20 / page", "Start date")
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import App, { preloadPageChunk } from './App';
import { AuthProvider, restoreSession } from './auth/AuthContext';
import './i18n';
import { setDateLocale } from './lib/format';

function Root() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  setDateLocale(language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <ConfigProvider
      locale={language === 'en-US' ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#d4380d', borderRadius: 6 } }}
    >
      <AntApp>
        <AuthProvider>
          <App />
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}

preloadPageChunk(window.location.pathname);
void restoreSession();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
