import { CloudUploadOutlined, DownloadOutlined, FileAddOutlined, PlayCircleOutlined, SafetyCertificateOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Input, Modal, Space, Spin, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import BpmnModeler from 'bpmn-js/lib/Modeler';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { processes } from '../../api/endpoints';
import { useAuth } from '../../auth/AuthContext';
import { mayAccess } from '../../auth/access';
import { useErrorMessage } from '../../lib/hooks';
import { fitWithMargin, PALETTE_INSET } from '../../lib/diagram';
import { createModeler, type ModelerServices } from './createModeler';
import { newDiagram, processIdOf } from './newDiagram';
import { blocksDeploy, countBySeverity, fromLintIssues, fromServerProblems, mergeProblems, type DiagramProblem, type LintIssue } from './problems';
import './modeler.css';

const SERVER_MARKER = 'marker-server-problem';

/** 流程设计: bpmn-js with the Zeebe properties panel, HuoKe's task templates, lint, deploy, test run. */
export default function ModelerPage() {
  const { key } = useParams();
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { user } = useAuth();
  const showError = useErrorMessage();
  const canvasRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const modelerRef = useRef<BpmnModeler | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [resourceName, setResourceName] = useState<string>('process.bpmn');
  const [lintProblems, setLintProblems] = useState<DiagramProblem[]>([]);
  const [serverProblems, setServerProblems] = useState<DiagramProblem[]>([]);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<'validate' | 'deploy' | 'start' | null>(null);
  const [deployedId, setDeployedId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [variablesText, setVariablesText] = useState('{\n  \n}');
  const mayDeploy = mayAccess(user?.roles, 'deploy');

  const problems = useMemo(() => mergeProblems(lintProblems, serverProblems), [lintProblems, serverProblems]);
  const counts = countBySeverity(problems);

  const service = useCallback(<K extends keyof ModelerServices>(name: K): ModelerServices[K] => {
    return modelerRef.current!.get(name) as ModelerServices[K];
  }, []);

  // Build the modeler once, then load the diagram and the element templates.
  useEffect(() => {
    let alive = true;
    setLoading(true);
    setLoadError(null);
    setServerProblems([]);
    Promise.all([processes.elementTemplates().catch(() => []), key ? Promise.all([processes.xml(key), processes.definition(key)]) : Promise.resolve(null)])
      .then(async ([templates, loaded]) => {
        if (!alive || !canvasRef.current || !panelRef.current) return;
        const modeler = createModeler(canvasRef.current, panelRef.current, templates);
        modelerRef.current = modeler;
        const eventBus = modeler.get('eventBus') as ModelerServices['eventBus'];
        eventBus.on('linting.completed', (event: { issues: Record<string, LintIssue[]> }) => setLintProblems(fromLintIssues(event.issues)));
        eventBus.on('commandStack.changed', () => setDirty(true));
        const xml = loaded ? loaded[0] : newDiagram(`Process_${Date.now().toString(36)}`, t('modeler.newProcessName'));
        setResourceName(loaded?.[1].resourceName?.split('/').pop() ?? `${processIdOf(xml) ?? 'process'}.bpmn`);
        setDeployedId(loaded ? loaded[1].processDefinitionId : null);
        await modeler.importXML(xml);
        fitWithMargin(modeler.get('canvas') as ModelerServices['canvas'], PALETTE_INSET);
        setDirty(false);
      })
      .catch((error: unknown) => alive && setLoadError(error instanceof Error ? error.message : String(error)))
      .finally(() => alive && setLoading(false));
    return () => {
      alive = false;
      modelerRef.current?.destroy();
      modelerRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // Leaving the page with undeployed changes asks first.
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // Server problems are marked on the diagram beside the linter's own overlays.
  useEffect(() => {
    if (!modelerRef.current) return;
    const canvas = service('canvas');
    const registry = service('elementRegistry');
    const overlays = service('overlays');
    registry.forEach((element) => canvas.removeMarker(element.id, SERVER_MARKER));
    overlays.remove({ type: 'huoke-server-problem' });
    serverProblems.forEach((problem) => {
      if (!problem.elementId || !registry.get(problem.elementId)) return;
      canvas.addMarker(problem.elementId, SERVER_MARKER);
      const badge = document.createElement('div');
      badge.className = 'server-problem-badge';
      badge.title = problem.message;
      badge.textContent = '!';
      overlays.add(problem.elementId, 'huoke-server-problem', { position: { top: -10, left: -10 }, html: badge });
    });
  }, [serverProblems, service]);

  const currentXml = async (): Promise<string> => {
    const { xml } = await modelerRef.current!.saveXML({ format: true });
    return xml ?? '';
  };

  const validate = async (): Promise<DiagramProblem[]> => {
    setBusy('validate');
    try {
      const xml = await currentXml();
      const issues = await service('linting').lint();
      const lint = fromLintIssues(issues as Record<string, LintIssue[]>);
      setLintProblems(lint);
      const name = `${processIdOf(xml) ?? 'process'}.bpmn`;
      const server = fromServerProblems((await processes.validate([{ name, content: xml }])).problems, name);
      setServerProblems(server);
      const merged = mergeProblems(lint, server);
      if (merged.length === 0) void message.success(t('modeler.noProblems'));
      return merged;
    } finally {
      setBusy(null);
    }
  };

  const deploy = async () => {
    let found: DiagramProblem[];
    try {
      found = await validate();
    } catch (error) {
      showError(error);
      return;
    }
    if (blocksDeploy(found)) {
      void message.error(t('modeler.fixErrorsFirst', { count: countBySeverity(found).error }));
      return;
    }
    setBusy('deploy');
    try {
      const xml = await currentXml();
      const name = `${processIdOf(xml) ?? 'process'}.bpmn`;
      const deployment = await processes.deploy([{ name, content: xml }]);
      const process = deployment.processes[0];
      setDirty(false);
      setDeployedId(process?.processDefinitionId ?? processIdOf(xml));
      void message.success(t('modeler.deployed', { id: process?.processDefinitionId ?? name, version: process?.version ?? '' }));
      if (process && process.processDefinitionKey !== key) {
        navigate(`/modeler/${process.processDefinitionKey}`, { replace: true });
      }
    } catch (error) {
      if (error instanceof ApiError && error.problem?.problems) {
        setServerProblems(fromServerProblems(error.problem.problems));
      }
      showError(error);
    } finally {
      setBusy(null);
    }
  };

  const start = async () => {
    let variables: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(variablesText.trim() || '{}');
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
      variables = parsed as Record<string, unknown>;
    } catch {
      void message.error(t('modeler.variablesInvalid'));
      return;
    }
    setBusy('start');
    try {
      const started = await processes.start(deployedId!, variables);
      setStarting(false);
      modal.success({
        title: t('modeler.started'),
        content: <Link to={`/monitor/instances/${started.processInstanceKey}`} onClick={() => Modal.destroyAll()}>{started.processInstanceKey}</Link>,
      });
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  };

  const download = async () => {
    const xml = await currentXml();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
    link.download = `${processIdOf(xml) ?? 'process'}.bpmn`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const openFile = async (file: File) => {
    try {
      await modelerRef.current!.importXML(await file.text());
      fitWithMargin(service('canvas'), PALETTE_INSET);
      setResourceName(file.name);
      setServerProblems([]);
      setDirty(true);
    } catch (error) {
      void message.error(t('modeler.importFailed', { reason: error instanceof Error ? error.message : String(error) }));
    }
    return false;
  };

  const select = (problem: DiagramProblem) => {
    if (!problem.elementId || !modelerRef.current) return;
    const element = service('elementRegistry').get(problem.elementId);
    if (!element) return;
    service('selection').select(element);
    service('canvas').scrollToElement(element);
  };

  return (
    <div className="modeler-page" data-testid="modeler-page">
      <div className="modeler-toolbar">
        <Space wrap>
          <Typography.Text strong className="mono">{resourceName}</Typography.Text>
          {dirty && <Tag color="orange">{t('modeler.unsaved')}</Tag>}
        </Space>
        <Space wrap>
          <Button icon={<FileAddOutlined />} onClick={() => navigate('/modeler/new')} data-testid="modeler-new">{t('modeler.new')}</Button>
          <Upload accept=".bpmn,.xml" showUploadList={false} beforeUpload={openFile}>
            <Button icon={<UploadOutlined />} data-testid="modeler-open-file">{t('modeler.openFile')}</Button>
          </Upload>
          <Button icon={<DownloadOutlined />} onClick={download} data-testid="modeler-download">{t('modeler.download')}</Button>
          <Button icon={<SafetyCertificateOutlined />} loading={busy === 'validate'} onClick={() => validate().catch(showError)} data-testid="modeler-validate">
            {t('modeler.validate')}
          </Button>
          {mayDeploy && (
            <>
              <Button type="primary" icon={<CloudUploadOutlined />} loading={busy === 'deploy'} onClick={deploy} data-testid="modeler-deploy">
                {t('modeler.deploy')}
              </Button>
              <Tooltip title={!deployedId ? t('modeler.deployFirst') : dirty ? t('modeler.startDeployedVersion') : undefined}>
                <Button icon={<PlayCircleOutlined />} disabled={!deployedId} onClick={() => setStarting(true)} data-testid="modeler-start">
                  {t('modeler.startInstance')}
                </Button>
              </Tooltip>
            </>
          )}
        </Space>
      </div>
      {loadError && <Alert type="error" showIcon message={loadError} style={{ marginBottom: 8 }} />}
      <div className="modeler-body">
        <div className="modeler-canvas" ref={canvasRef} data-testid="modeler-canvas">
          {loading && <Spin className="modeler-spin" size="large" />}
        </div>
        <div className="modeler-panel" ref={panelRef} data-testid="properties-panel" />
      </div>
      <div className="modeler-problems" data-testid="problems-panel">
        <Space style={{ marginBottom: 4 }}>
          <Typography.Text strong>{t('modeler.problems')}</Typography.Text>
          <Badge count={counts.error} showZero color="#cf1322" title={t('modeler.errors')} />
          <Badge count={counts.warning} showZero color="#d48806" title={t('modeler.warnings')} />
        </Space>
        <Table<DiagramProblem>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={problems}
          scroll={{ y: 150 }}
          locale={{ emptyText: t('modeler.noProblems') }}
          onRow={(problem) => ({ onClick: () => select(problem), style: { cursor: problem.elementId ? 'pointer' : undefined } })}
          data-testid="problems-table"
          columns={[
            {
              title: t('modeler.severity'),
              dataIndex: 'severity',
              width: 90,
              render: (severity: DiagramProblem['severity']) => <Tag color={severity === 'error' ? 'red' : severity === 'warning' ? 'gold' : 'blue'}>{t(`modeler.severity_${severity}`)}</Tag>,
            },
            { title: t('modeler.element'), dataIndex: 'elementId', width: 220, render: (id: string | null) => <span className="mono">{id ?? '—'}</span> },
            { title: t('modeler.message'), dataIndex: 'message' },
            { title: t('modeler.source'), dataIndex: 'source', width: 150, render: (source: DiagramProblem['source'], problem) => <Typography.Text type="secondary">{source === 'lint' ? problem.rule ?? 'bpmnlint' : t('modeler.sourceServer')}</Typography.Text> },
          ]}
        />
      </div>
      <Modal
        title={t('modeler.startInstanceOf', { id: deployedId ?? '' })}
        open={starting}
        onCancel={() => setStarting(false)}
        onOk={start}
        okText={t('modeler.start')}
        confirmLoading={busy === 'start'}
        okButtonProps={{ 'data-testid': 'start-confirm' } as Record<string, string>}
      >
        <Typography.Paragraph type="secondary">{t('modeler.variablesHint')}</Typography.Paragraph>
        <Input.TextArea rows={8} className="mono" value={variablesText} onChange={(event) => setVariablesText(event.target.value)} data-testid="start-variables" />
      </Modal>
    </div>
  );
}
