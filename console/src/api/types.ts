/** Shapes of the HuoKe API as the console reads them (see CONSOLE-API contract and the controllers). */

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

export const LEAD_STATUSES = ['NEW', 'SCORED', 'QUALIFYING', 'NURTURING', 'QUALIFIED', 'DISQUALIFIED', 'CONVERTED'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export const SOURCE_PLATFORMS = [
  'WECHAT', 'WECOM', 'DINGTALK', 'DOUYIN', 'OCEAN_ENGINE', 'XIAOHONGSHU', 'BAIDU', 'KUAISHOU', 'BILIBILI',
  'ZHIHU', 'WEIBO', 'MAIMAI', 'DIANPING', 'TAOBAO', 'PINDUODUO', 'LINKEDIN', 'WEBSITE', 'OTHER',
] as const;
export type SourcePlatform = (typeof SOURCE_PLATFORMS)[number];

export interface LeadSummary {
  id: string;
  status: LeadStatus;
  customerId: string | null;
  sourcePlatform: SourcePlatform;
  contactName: string | null;
  company: string | null;
  score: number | null;
  hot: boolean | null;
  createdAt: string;
}

export interface DimensionScore {
  points: number;
  score: number;
  matchedRules: string[];
}

export interface ScoreBreakdown {
  behaviour: DimensionScore;
  attributes: DimensionScore;
  engagement: DimensionScore;
  recency: DimensionScore;
  total: number;
}

export interface CapturedLead {
  sourcePlatform: SourcePlatform;
  sourceChannel?: string | null;
  sourceCampaign?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  contactWechat?: string | null;
  contactEmail?: string | null;
  company?: string | null;
  industry?: string | null;
  region?: string | null;
  jobTitle?: string | null;
  companySize?: string | null;
  utmSource?: string | null;
  utmMedium?: string | null;
  utmCampaign?: string | null;
  utmContent?: string | null;
  landingUrl?: string | null;
  activities?: { type: string; occurredAt: string }[];
}

export interface LeadOpenTask {
  userTaskKey: string;
  elementId: string;
  name: string | null;
  assignee: string | null;
  candidateGroups: string[];
  formId: string | null;
  createdAt: string | null;
}

export interface LeadDetails {
  id: string;
  status: LeadStatus;
  customerId: string | null;
  captured: CapturedLead;
  score: { total: number; hot: boolean; breakdown: ScoreBreakdown | null; scoredAt: string } | null;
  qualification: { outcome: string; notes: string | null; nextStep: string | null; qualifiedAt: string } | null;
  escalations: { userTaskKey: string; fromGroups: string[]; toGroups: string[]; escalatedAt: string }[];
  assignedTo: string | null;
  process: {
    processInstanceKey: string;
    state: string;
    hasIncident: boolean;
    activeElementIds: string[];
    openTasks: LeadOpenTask[];
    incidents: { incidentKey: string; elementId: string; errorType: string; errorMessage: string }[];
  } | null;
  createdAt: string;
  updatedAt: string;
  notes: string | null;
  conversion: { convertedAt: string; convertedBy: string } | null;
  version: number;
}

export interface LeadStats {
  from: string;
  to: string;
  timeZone: string;
  total: number;
  byStatus: Partial<Record<LeadStatus, number>>;
  byPlatform: Partial<Record<SourcePlatform, number>>;
  topSourceChannels: { sourceChannel: string; leads: number }[];
  perDay: { date: string; leads: number }[];
  hotRatio: number | null;
  averageScore: number | null;
  conversionRate: number | null;
}

export const CUSTOMER_STAGES = ['PROSPECT', 'INTERESTED', 'OPPORTUNITY', 'CUSTOMER', 'REPEAT'] as const;
export type CustomerStage = (typeof CUSTOMER_STAGES)[number];

export const TAG_CATEGORIES = ['SOURCE', 'BEHAVIOUR', 'VALUE', 'STAGE'] as const;
export type TagCategory = (typeof TAG_CATEGORIES)[number];

export interface TagView {
  id: string;
  category: TagCategory;
  name: string;
}

export interface TagUsage {
  id?: string;
  category: TagCategory;
  name: string;
  customers?: number;
}

export interface CustomerSummary {
  id: string;
  type: string;
  name: string | null;
  phone: string | null;
  companyName: string | null;
  stage: CustomerStage;
  stageLabel: string;
  score: number | null;
  ownerUserId: string | null;
  tags: TagView[];
  lastActivityAt: string | null;
  createdAt: string;
}

export interface CustomerView {
  id: string;
  type: string;
  typeLabel: string;
  name: string | null;
  avatar: string | null;
  phone: string | null;
  wechatId: string | null;
  dingtalkId: string | null;
  email: string | null;
  company: { name: string | null; industry: string | null; size: string | null; province: string | null; city: string | null } | null;
  stage: CustomerStage;
  stageLabel: string;
  score: number | null;
  ownerUserId: string | null;
  tags: TagView[];
  customFields: Record<string, unknown>;
  firstTouch: Record<string, unknown> | null;
  identities: { kind: string; value: string; leadId: string | null }[];
  sources: { leadId: string; platform: string; channel: string | null; campaign: string | null; leadScore: number | null; capturedAt: string }[];
  lastActivityAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface TimelineEntry {
  id: number;
  type: string;
  occurredAt: string;
  summary: string;
  details: Record<string, unknown> | null;
  leadId: string | null;
  actor: string | null;
}

export interface DealView {
  id: string;
  customerId: string;
  title: string;
  amount: number | null;
  currency: string | null;
  stage: 'OPEN' | 'WON' | 'LOST';
  expectedClose: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

// ---- processes, instances, incidents, tasks ----

export interface InstanceCounts {
  active: number;
  completed: number;
  canceled: number;
  withIncidents: number;
}

export interface ProcessDefinition {
  processDefinitionKey: string;
  processDefinitionId: string;
  name: string | null;
  version: number;
  resourceName: string | null;
  versions?: { processDefinitionKey: string; version: number }[];
  instances?: InstanceCounts;
}

export type InstanceState = 'ACTIVE' | 'COMPLETED' | 'CANCELED';

export interface ProcessInstance {
  processInstanceKey: string;
  processDefinitionKey: string;
  processDefinitionId: string;
  processDefinitionVersion: number;
  businessKey: string | null;
  state: InstanceState;
  hasIncident: boolean;
  startDate: string;
  endDate: string | null;
}

export type ElementState = 'ACTIVE' | 'COMPLETED' | 'TERMINATED';

export interface ElementInstance {
  elementInstanceKey: string;
  elementId: string;
  elementName: string | null;
  elementType: string | null;
  state: ElementState;
  startDate: string | null;
  endDate: string | null;
}

export interface Incident {
  incidentKey: string;
  processInstanceKey: string;
  processDefinitionId: string;
  elementId: string;
  jobKey: string | null;
  errorType: string;
  errorMessage: string;
  creationTime: string;
}

export interface InstanceDetails {
  instance: ProcessInstance;
  elements: ElementInstance[];
  incidents: Incident[];
  variables: Record<string, unknown>;
}

export interface UserTask {
  userTaskKey: string;
  name: string | null;
  elementId: string;
  processInstanceKey: string;
  processDefinitionId: string;
  assignee: string | null;
  candidateGroups: string[];
  candidateUsers: string[];
  formId: string | null;
  creationDate: string;
  dueDate: string | null;
  followUpDate: string | null;
  state: string;
}

export interface UserTaskDetails extends UserTask {
  variables: Record<string, unknown>;
  form: Record<string, unknown> | null;
}

export interface DeploymentProblem {
  resource?: string;
  elementId?: string;
  message: string;
}

export interface Deployment {
  deploymentKey: string;
  processes: { processDefinitionKey: string; processDefinitionId: string; version: number }[];
  forms: unknown[];
}

export interface FormDefinition {
  formId: string;
  resourceName: string;
}
