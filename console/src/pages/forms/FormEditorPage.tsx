import { FormEditor } from '@bpmn-io/form-js-editor';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { CloudUploadOutlined, DownloadOutlined, FileAddOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, List, Modal, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { processes } from '../../api/endpoints';
import { useAuth } from '../../auth/AuthContext';
import { mayAccess } from '../../auth/access';
import { useErrorMessage, useLoad } from '../../lib/hooks';
import './forms.css';

function emptyForm(formId: string): Record<string, unknown> {
  return {
    id: formId,
    type: 'default',
    schemaVersion: 18,
    executionPlatform: 'Camunda Cloud',
    executionPlatformVersion: '8.8.0',
    exporter: { name: 'HuoKe', version: '0.1.0' },
    components: [],
  };
}

/** 表单设计: the form-js editor for the forms/ that user tasks show; deploys .form resources. */
export default function FormEditorPage() {
  const { formId } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { user } = useAuth();
  const showError = useErrorMessage();
  const container = useRef<HTMLDivElement>(null);
  const editor = useRef<FormEditor | null>(null);
  const forms = useLoad(() => processes.forms(), []);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [deploying, setDeploying] = useState(false);
  const [creating, setCreating] = useState(false);
  const [newId, setNewId] = useState('');
  const [draft, setDraft] = useState<string | null>(null);
  const currentId = formId ?? draft;

  useEffect(() => {
    if (!container.current) return undefined;
    const instance = new FormEditor({ container: container.current });
    editor.current = instance;
    return () => {
      instance.destroy();
      editor.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = editor.current;
    if (!instance || !currentId) return;
    let alive = true;
    setLoading(true);
    setLoadError(null);
    (formId ? processes.form(formId) : Promise.resolve(emptyForm(currentId)))
      .then((schema) => (alive ? instance.importSchema(schema) : undefined))
      .catch((error: unknown) => alive && setLoadError(error instanceof Error ? error.message : String(error)))
      .finally(() => alive && setLoading(false));
    return () => {
      alive = false;
    };
  }, [formId, currentId]);

  const schemaText = () => JSON.stringify(editor.current!.saveSchema(), null, 2);

  const deploy = async () => {
    setDeploying(true);
    try {
      await processes.deploy([{ name: `${currentId}.form`, content: schemaText() }]);
      void message.success(t('forms.deployed', { id: currentId }));
      forms.reload();
      if (!formId && currentId) navigate(`/form-editor/${currentId}`, { replace: true });
    } catch (error) {
      showError(error);
    } finally {
      setDeploying(false);
    }
  };

  const download = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([schemaText()], { type: 'application/json' }));
    link.download = `${currentId}.form`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <div className="form-editor-page" data-testid="form-editor-page">
      <div className="page-header">
        <Typography.Title level={3}>{t('forms.title')}</Typography.Title>
        <Space>
          <Button icon={<FileAddOutlined />} onClick={() => setCreating(true)} data-testid="form-new">{t('forms.new')}</Button>
          <Button icon={<DownloadOutlined />} disabled={!currentId} onClick={download}>{t('modeler.download')}</Button>
          {mayAccess(user?.roles, 'deploy') && (
            <Button type="primary" icon={<CloudUploadOutlined />} disabled={!currentId} loading={deploying} onClick={deploy} data-testid="form-deploy">
              {t('modeler.deploy')}
            </Button>
          )}
        </Space>
      </div>
      <div className="form-editor-body">
        <Card size="small" className="form-list" title={t('forms.list')}>
          <List
            size="small"
            loading={forms.loading}
            dataSource={forms.data ?? []}
            locale={{ emptyText: t('forms.none') }}
            renderItem={(form) => (
              <List.Item
                className={form.formId === currentId ? 'form-list-selected' : undefined}
                onClick={() => {
                  setDraft(null);
                  navigate(`/form-editor/${form.formId}`);
                }}
                style={{ cursor: 'pointer' }}
                data-testid={`form-item-${form.formId}`}
              >
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{form.formId}</Typography.Text>
                  <Typography.Text type="secondary" className="mono">{form.resourceName}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Card>
        <div className="form-editor-main">
          {loadError && <Alert type="error" showIcon message={loadError} />}
          {!currentId && <Alert type="info" showIcon message={t('forms.pick')} />}
          {loading && <Spin />}
          <div ref={container} className="form-editor-canvas" style={{ visibility: currentId ? 'visible' : 'hidden' }} data-testid="form-editor" />
        </div>
      </div>
      <Modal
        title={t('forms.new')}
        open={creating}
        onCancel={() => setCreating(false)}
        onOk={() => {
          const id = newId.trim();
          if (!/^[A-Za-z][\w-]*$/.test(id)) {
            void message.error(t('forms.idInvalid'));
            return;
          }
          setCreating(false);
          setNewId('');
          navigate('/form-editor');
          setDraft(id);
        }}
      >
        <Input placeholder="e.g. follow-up-call" value={newId} onChange={(event) => setNewId(event.target.value)} addonBefore={t('forms.id')} data-testid="form-new-id" />
      </Modal>
    </div>
  );
}
