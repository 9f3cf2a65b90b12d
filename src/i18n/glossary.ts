/**
 * The one glossary of domain words. Every user-facing text takes these words from here, so a term is
 * never spelled two ways (签到 vs 打卡). Words are the users' own, from the program documents.
 */
export const GLOSSARY = {
  checkIn: { zh: '签到', en: 'check-in' },
  checkOut: { zh: '签退', en: 'check-out' },
  workLog: { zh: '日志', en: 'work log' },
  schedule: { zh: '排班', en: 'schedule' },
  summary: { zh: '汇总', en: 'summary' },
  overdue: { zh: '逾期', en: 'overdue' },
  coverage: { zh: '覆盖', en: 'coverage' },
  progress: { zh: '进度', en: 'progress' },
  correction: { zh: '补卡', en: 'correction' },
  assignment: { zh: '指派', en: 'assignment' },
  reminder: { zh: '催办', en: 'reminder' },
  audit: { zh: '审计', en: 'audit' },
  subscribe: { zh: '订阅', en: 'subscribe' },
  unsubscribe: { zh: '退订', en: 'unsubscribe' },
  bind: { zh: '绑定', en: 'bind' },
  grant: { zh: '授权', en: 'grant' },
  revoke: { zh: '撤销', en: 'revoke' },
  help: { zh: '帮助', en: 'help' },
  serviceDay: { zh: '服务日', en: 'service day' },
  daysServed: { zh: '到岗天数', en: 'days served' },
  monthlyReport: { zh: '工作量月报', en: 'monthly workload report' },
  staffingTable: { zh: '支援人员安排情况表', en: 'staffing table' },
  supportingUnit: { zh: '支援单位', en: 'supporting hospital' },
  recipientUnit: { zh: '受援单位', en: 'recipient clinic' },
  verified: { zh: '已核验', en: 'verified' },
  unverified: { zh: '未核验', en: 'unverified' },
  // Evidence strength of a day (src/physician/evidence.ts), strongest first; the weakest is `unverified`.
  evidenceDevice: { zh: '设备定位核验', en: 'device-verified' },
  evidenceLocationMessage: { zh: '位置消息', en: 'location message' },
  poorAccuracy: { zh: '精度不足', en: 'accuracy too low' },
  checkinPage: { zh: '签到页面', en: 'check-in page' },
  confirmed: { zh: '已确认', en: 'confirmed' },
  unconfirmed: { zh: '待确认', en: 'unconfirmed' },
  disputed: { zh: '有异议', en: 'disputed' },
  // Roles
  physician: { zh: '支援医师', en: 'physician' },
  clinicHead: { zh: '受援单位负责人', en: 'clinic head' },
  hospitalCoordinator: { zh: '医务科联络员', en: 'hospital coordinator' },
  regionCoordinator: { zh: '卫健部门联络员', en: 'health bureau coordinator' },
  admin: { zh: '管理员', en: 'administrator' },
  // Titles (职称)
  resident: { zh: '住院医师', en: 'resident' },
  attending: { zh: '主治医师', en: 'attending physician' },
  associateChief: { zh: '副主任医师', en: 'associate chief physician' },
  chief: { zh: '主任医师', en: 'chief physician' },
  // Work-log metrics (DOMAIN.md "What is counted")
  patients: { zh: '诊疗人次', en: 'patients' },
  specialPopulation: { zh: '特殊人群', en: 'special-population consultations' },
  homeVisits: { zh: '送医上门', en: 'home visits' },
  lectures: { zh: '讲座', en: 'lectures' },
  training: { zh: '培训人次', en: 'training person-times' },
  teachingRounds: { zh: '教学查房', en: 'teaching rounds' },
  caseDiscussions: { zh: '病例讨论', en: 'case discussions' },
  surgeryTeaching: { zh: '手术带教', en: 'surgery teaching' },
  remoteServices: { zh: '远程服务', en: 'remote services' },
  healthEducation: { zh: '健康宣教', en: 'health education' },
  newTechniques: { zh: '新技术新业务', en: 'new techniques' },
} as const satisfies Record<string, { zh: string; en: string }>;

/** A glossary entry name. */
export type Term = keyof typeof GLOSSARY;
