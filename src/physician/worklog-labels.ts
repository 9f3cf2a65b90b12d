import { WORK_LOG_METRICS, type WorkLogMetric } from '../db/queries/work-logs.js';

/**
 * The words physicians type for each work-log figure: the glossary word, common variants and English
 * aliases (lower case; matching lower-cases the input). The metric's own name is accepted too, so a card
 * form can send `specialPopulation=5`.
 */
const LABELS: Record<WorkLogMetric, readonly string[]> = {
  patients: ['诊疗', '诊疗人次', '门诊', '门诊量', '看诊', '接诊', '诊疗量', 'patients', 'patient'],
  specialPopulation: ['特殊人群', '特殊人群诊疗', '重点人群', 'special'],
  homeVisits: ['上门', '送医上门', '上门服务', '出诊', 'home', 'homevisit'],
  lectures: ['讲座', '学术讲座', '专题讲座', 'lecture'],
  training: ['培训', '业务培训', '培训人次', 'train'],
  teachingRounds: ['查房', '教学查房', 'rounds', 'round'],
  caseDiscussions: ['病例讨论', '讨论', '疑难病例讨论', 'cases', 'case'],
  surgeryTeaching: ['手术带教', '带教', '手术', 'surgery'],
  // The bare 远程 of logs before the split still means 远程会诊, as the migration carried it over.
  remoteConsultations: ['远程会诊', '远程', '远程服务', '远程诊疗', 'remote', 'consult'],
  remoteImaging: ['远程影像', '远程影像诊断', '影像', 'imaging'],
  remoteEcg: ['远程心电', '远程心电诊断', '心电', 'ecg'],
  healthEducation: ['宣教', '健康宣教', '健康教育', 'education'],
  newTechniques: ['新技术', '新技术新业务', '新业务', 'newtech', 'newtechs'],
};

const METRIC_BY_LABEL: ReadonlyMap<string, WorkLogMetric> = new Map(
  WORK_LOG_METRICS.flatMap((metric) =>
    [...LABELS[metric], metric.toLowerCase()].map((label) => [label, metric] as const),
  ),
);

/** Every accepted label, for suggestions. */
export const WORK_LOG_LABELS: readonly string[] = [...METRIC_BY_LABEL.keys()];

/** The metric a typed label names (case-insensitive), or undefined. */
export function metricOfLabel(label: string): WorkLogMetric | undefined {
  return METRIC_BY_LABEL.get(label.toLowerCase());
}
