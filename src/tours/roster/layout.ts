import type { TableLayout } from '../../table-reader/layout.js';

/**
 * The layout of the team roster, seed 004's annex 2 (2024年省属医院组建巡回医疗队名单): a header block
 * 省属医院 / 填报人 / 联系方式, then 序号, 巡回医疗县区, 医师姓名, 专业, 职务/职称, 联系电话. The import, the
 * export and the recognition of a file as a roster all read it, so an exported roster imports unchanged.
 */

/** The columns, in the order annex 2 draws them. */
export const ROSTER_COLUMNS = ['serial', 'county', 'physician', 'specialty', 'post', 'phone'] as const;

/** One column of the roster. */
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

/** The header each column is written with (annex 2's words first), then other names accepted for it. */
export const ROSTER_HEADERS: Record<RosterColumn, readonly [string, ...string[]]> = {
  serial: ['序号', '编号'],
  county: ['巡回医疗县区', '巡回医疗地区', '巡回县区', '县区', '巡回地区'],
  physician: ['医师姓名', '姓名', '队员姓名', '人员姓名'],
  specialty: ['专业', '科室', '专科'],
  post: ['职务/职称', '职称/职务', '职务职称', '职称', '职务'],
  phone: ['联系电话', '手机', '手机号码', '电话'],
};

/** The header block of annex 2. */
export const ROSTER_BLOCK_FIELDS = {
  hospital: ['省属医院', '派出医院', '填报单位'],
  filer: ['填报人', '填表人'],
  contact: ['联系方式', '联系电话'],
} as const satisfies Record<string, readonly string[]>;

/** The roster as the table reader sees it: a 巡回医疗县区 column and names make it one. */
export const ROSTER_LAYOUT: TableLayout<RosterColumn> = {
  columns: ROSTER_COLUMNS,
  headers: ROSTER_HEADERS,
  required: ['county', 'physician', 'post'],
  ignorable: ['serial'],
  blockFields: ROSTER_BLOCK_FIELDS,
};

/** The sheet name and title of the roster as written by the bot (annex 2). */
export const ROSTER_SHEET_NAME = '附件2';
export const ROSTER_TITLE = '省属医院组建巡回医疗队名单';
