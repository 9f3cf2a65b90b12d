import type { TableLayout } from '../../table-reader/layout.js';

/**
 * The layout of a tour plan sent as a file by a team leader: one row a day, 日期 and 地点 (the county
 * hospital or a township health center of the team's counties), optionally 工作内容. Recognised by its
 * header, like the staffing table and the roster.
 */

/** The columns, in the order a plan is written. */
export const PLAN_COLUMNS = ['serial', 'date', 'place', 'activity'] as const;

/** One column of the plan. */
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

/** The headers accepted for each column, the first as written. */
export const PLAN_HEADERS: Record<PlanColumn, readonly [string, ...string[]]> = {
  serial: ['序号', '编号'],
  date: ['日期', '巡回日期', '工作日期', '时间'],
  place: ['地点', '巡回地点', '工作地点', '医疗机构', '县级医院或乡镇卫生院', '单位'],
  activity: ['工作内容', '活动', '内容', '巡回内容', '备注'],
};

/** The plan as the table reader sees it: a 日期 and a 地点 column make it one. */
export const PLAN_LAYOUT: TableLayout<PlanColumn> = {
  columns: PLAN_COLUMNS,
  headers: PLAN_HEADERS,
  required: ['date', 'place'],
  ignorable: ['serial', 'activity'],
  blockFields: {},
};
