import type { Title } from '../../generated/sqlite/enums.js';
import { compactText, headerLookup, type TableLayout } from '../../table-reader/layout.js';

/**
 * The layout of the staffing table (支援人员安排情况表), in one place: its columns, the header names
 * people write for each (seed 001 names the form, seed 004's roster shows the style: 序号, 巡回医疗县区,
 * 医师姓名, 专业, 职务/职称, 联系电话), and the Chinese titles. The import, the template and the export
 * all read it, so an exported table imports unchanged.
 */

/** The columns, in the order the template and the export write them. */
export const STAFFING_COLUMNS = [
  'serial',
  'hospital',
  'physician',
  'title',
  'specialty',
  'phone',
  'clinic',
  'month',
  'dates',
  'note',
] as const;

/** One column of the staffing table. */
export type StaffingColumn = (typeof STAFFING_COLUMNS)[number];

/** Columns a table must have; the others may be left out. */
export const REQUIRED_COLUMNS: readonly StaffingColumn[] = ['hospital', 'physician', 'clinic', 'month'];

/** The header each column is written with, then the other names accepted for it. */
export const COLUMN_HEADERS: Record<StaffingColumn, readonly [string, ...string[]]> = {
  serial: ['序号', '编号', '序'],
  hospital: ['支援单位', '派出单位', '支援医院', '所在单位', '工作单位', '单位', '省属医院'],
  physician: ['医师姓名', '姓名', '医生姓名', '医师', '医生', '支援医师', '派驻人员', '人员姓名'],
  title: ['职称', '职务/职称', '职称/职务', '职务职称', '职称职务', '技术职称', '专业技术职称', '职务'],
  specialty: ['专业', '科室', '专科', '专业科室', '科别'],
  phone: ['联系电话', '手机', '手机号', '手机号码', '电话', '联系方式', '电话号码'],
  clinic: ['受援单位', '派驻单位', '支援地点', '服务单位', '受援机构', '巡回医疗县区', '派驻地点'],
  month: ['支援月份', '月份', '支援时间', '派驻月份', '派驻时间', '服务月份'],
  dates: ['服务日期', '日期', '下基层日期', '坐诊日期', '支援日期', '计划日期'],
  note: ['备注', '说明'],
};

/** Column widths (in characters) of the template and the export. */
export const COLUMN_WIDTHS: Record<StaffingColumn, number> = {
  serial: 6,
  hospital: 24,
  physician: 12,
  title: 12,
  specialty: 12,
  phone: 15,
  clinic: 24,
  month: 10,
  dates: 36,
  note: 20,
};

/** The name of the sheet holding the table in the template and the export. */
export const STAFFING_SHEET_NAME = '支援人员安排情况表';

/** The header-block fields of the form (填报单位：…  填报人：…  联系电话：…  填报日期：…). */
export const BLOCK_FIELDS = {
  unit: ['填报单位', '填报单位盖章', '单位名称', '报送单位', '支援单位', '派出单位', '省属医院'],
  filer: ['填报人', '填表人', '联系人'],
  phone: ['联系电话', '联系方式', '电话'],
  date: ['填报日期', '填表日期', '报送日期', '日期'],
} as const satisfies Record<string, readonly string[]>;

/**
 * The staffing table as the table reader sees it. The 支援单位 column may be missing (the unit is then
 * given once in the header block, or is the sender's own hospital), so it is not needed to recognize the
 * header.
 */
export const STAFFING_LAYOUT: TableLayout<StaffingColumn> = {
  columns: STAFFING_COLUMNS,
  headers: COLUMN_HEADERS,
  required: ['physician', 'clinic', 'month'],
  ignorable: ['serial', 'note'],
  blockFields: BLOCK_FIELDS,
};

const lookup = headerLookup(STAFFING_LAYOUT);

/** The column a header cell names, or undefined. `职务/职称` and `职称(职务)` both mean the title. */
export function columnOfHeader(header: string): StaffingColumn | undefined {
  return lookup(header);
}

/** Chinese titles (and their usual short forms) → the Title enum. Longest first, so 副主任 wins over 主任. */
const TITLE_WORDS: readonly [string, Title][] = [
  ['副主任医师', 'ASSOCIATE_CHIEF'],
  ['副主任中医师', 'ASSOCIATE_CHIEF'],
  ['副主任药师', 'ASSOCIATE_CHIEF'],
  ['副主任技师', 'ASSOCIATE_CHIEF'],
  ['副主任护师', 'ASSOCIATE_CHIEF'],
  ['副教授', 'ASSOCIATE_CHIEF'],
  ['副高', 'ASSOCIATE_CHIEF'],
  ['副主任', 'ASSOCIATE_CHIEF'],
  ['主任医师', 'CHIEF'],
  ['主任中医师', 'CHIEF'],
  ['教授', 'CHIEF'],
  ['正高', 'CHIEF'],
  ['主任', 'CHIEF'],
  ['主治医师', 'ATTENDING'],
  ['主治中医师', 'ATTENDING'],
  ['主管药师', 'ATTENDING'],
  ['主管技师', 'ATTENDING'],
  ['主管护师', 'ATTENDING'],
  ['中级', 'ATTENDING'],
  ['主治', 'ATTENDING'],
  ['住院医师', 'RESIDENT'],
  ['医师', 'RESIDENT'],
  ['初级', 'RESIDENT'],
  ['住院', 'RESIDENT'],
];

/**
 * The title a cell names, or undefined. Cells like `科主任/主任医师` or `副院长、副主任医师` carry a post
 * and a title: a post word alone (院长, 科主任) is not a title, so the title word is looked for after it.
 */
export function parseTitle(text: string): Title | undefined {
  const compact = compactText(text).replace(/(副?院长|科副?主任(?!医|中|药|技|护)|护士长)/g, '');
  const englishTitle = ENGLISH_TITLES[compact];
  if (englishTitle) return englishTitle;
  return TITLE_WORDS.find(([word]) => compact.includes(word))?.[1];
}

const ENGLISH_TITLES: Record<string, Title> = {
  resident: 'RESIDENT',
  attending: 'ATTENDING',
  associate_chief: 'ASSOCIATE_CHIEF',
  chief: 'CHIEF',
};

/** The title as written in the table (the glossary's words). */
export const TITLE_LABELS: Record<Title, string> = {
  RESIDENT: '住院医师',
  ATTENDING: '主治医师',
  ASSOCIATE_CHIEF: '副主任医师',
  CHIEF: '主任医师',
};
