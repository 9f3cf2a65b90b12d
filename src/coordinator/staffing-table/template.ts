import type { Locale } from '../../i18n/locale.js';
import { t } from '../../i18n/messages/index.js';
import { staffingWorkbook, workbookBytes } from './workbook.js';

/** The file name `/模板` sends. */
export const TEMPLATE_FILE_NAME = '支援人员安排情况表-模板.xlsx';

/**
 * The staffing-table template: the official form (title, header block to fill in, header row, 合计 and
 * signature line) with one example row, and a second sheet “填写说明” with the rules the import applies.
 */
export async function staffingTemplateWorkbook(locale: Locale): Promise<Buffer> {
  const header = { unit: '', month: '2026-12', filer: '', filerPhone: '', date: '' };
  const { workbook } = await staffingWorkbook(locale, header, [
    {
      hospital: '漳平市医院',
      physician: '张三',
      title: '主治医师',
      specialty: '内科',
      phone: '13800000000',
      clinic: '漳平市桂林街道社区卫生服务中心',
      month: '2026-12',
      dates: '2026-12-05、2026-12-19',
      note: t(locale, 'coordinatorImport.template.exampleNote'),
    },
  ]);
  const rules = workbook.addWorksheet(t(locale, 'coordinatorImport.template.rules'));
  rules.getColumn(1).width = 110;
  for (const line of t(locale, 'coordinatorImport.template.rulesText').split('\n')) rules.addRow([line]);
  return workbookBytes(workbook);
}
