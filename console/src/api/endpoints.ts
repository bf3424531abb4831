/** The API calls the pages make, one function each, typed. */
import { api, type QueryValue, type User } from './client';
import type {
  CustomerView, CustomerSummary, DealView, Deployment, DeploymentProblem, FormDefinition, Incident,
  InstanceDetails, LeadDetails, LeadStats, LeadSummary, Page, ProcessDefinition, ProcessInstance,
  TagUsage, TagView, TimelineEntry, UserTask, UserTaskDetails,
} from './types';

const V1 = '/api/v1';
const id = (value: string) => encodeURIComponent(value);

export const leads = {
  list: (query: Record<string, QueryValue>) => api.get<Page<LeadSummary>>(`${V1}/leads`, query),
  get: (leadId: string) => api.get<LeadDetails>(`${V1}/leads/${id(leadId)}`),
  assign: (leadId: string, assignee: string) => api.post<LeadDetails>(`${V1}/leads/${id(leadId)}/assign`, { assignee }),
  stats: (query: Record<string, QueryValue> = {}) => api.get<LeadStats>(`${V1}/leads/stats`, query),
};

export const customers = {
  list: (query: Record<string, QueryValue>) => api.get<Page<CustomerSummary>>(`${V1}/customers`, query),
  get: (customerId: string) => api.get<CustomerView>(`${V1}/customers/${id(customerId)}`),
  timeline: (customerId: string, page = 0, size = 20) =>
    api.get<Page<TimelineEntry>>(`${V1}/customers/${id(customerId)}/timeline`, { page, size }),
  deals: (customerId: string) => api.get<DealView[]>(`${V1}/customers/${id(customerId)}/deals`),
  changeTags: (customerId: string, add: { category: string; name: string }[], remove: { category: string; name: string }[]) =>
    api.post<TagView[]>(`${V1}/customers/${id(customerId)}/tags`, { add, remove }),
  tags: () => api.get<TagUsage[]>(`${V1}/tags`),
};

export const processes = {
  definitions: () => api.get<ProcessDefinition[]>(`${V1}/process-definitions`),
  definition: (key: string) => api.get<ProcessDefinition>(`${V1}/process-definitions/${id(key)}`),
  xml: (key: string) => api.getText(`${V1}/process-definitions/${id(key)}/xml`),
  validate: (resources: { name: string; content: string }[]) =>
    api.post<{ problems: DeploymentProblem[] }>(`${V1}/deployments/validate`, { resources }),
  deploy: (resources: { name: string; content: string }[]) => api.post<Deployment>(`${V1}/deployments`, { resources }),
  start: (processDefinitionId: string, variables: Record<string, unknown>) =>
    api.post<{ processInstanceKey: string }>(`${V1}/process-instances`, { processDefinitionId, variables }),
  elementTemplates: () => api.get<unknown[]>(`${V1}/element-templates`),
  forms: () => api.get<FormDefinition[]>(`${V1}/form-definitions`),
  form: (formId: string) => api.get<Record<string, unknown>>(`${V1}/form-definitions/${id(formId)}`),
};

export const instances = {
  list: (query: Record<string, QueryValue>) => api.get<Page<ProcessInstance>>(`${V1}/process-instances`, query),
  get: (key: string) => api.get<InstanceDetails>(`${V1}/process-instances/${id(key)}`),
  cancel: (key: string) => api.post<void>(`${V1}/process-instances/${id(key)}/cancel`),
  incidents: (query: Record<string, QueryValue>) => api.get<Incident[]>(`${V1}/incidents`, query),
  retry: (incidentKey: string, retries = 3) => api.post<void>(`${V1}/incidents/${id(incidentKey)}/retry`, { retries }),
};

export type TaskView = 'mine' | 'groups' | 'all';

export const tasks = {
  list: (view: TaskView, query: Record<string, QueryValue> = {}) => api.get<UserTask[]>(`${V1}/user-tasks`, { view, ...query }),
  get: (key: string) => api.get<UserTaskDetails>(`${V1}/user-tasks/${id(key)}`),
  claim: (key: string) => api.post<UserTask>(`${V1}/user-tasks/${id(key)}/claim`),
  unclaim: (key: string) => api.post<UserTask>(`${V1}/user-tasks/${id(key)}/unclaim`),
  complete: (key: string, variables: Record<string, unknown>) =>
    api.post<void>(`${V1}/user-tasks/${id(key)}/complete`, { variables }),
};

export const auth = {
  me: () => api.get<User>(`${V1}/auth/me`),
};
