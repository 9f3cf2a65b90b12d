import type { Text } from '../locale.js';

/** Texts of a physician's service record (`/我的记录`, its workbook and printable page). Keys `serviceRecord.<name>`. */
export const serviceRecordMessages = {
  'serviceRecord.summary': {
    zh: '我的服务记录：历年[[daysServed]]、核验方式、工作量和累计要求，可导出存档',
    en: 'My service record: [[daysServed]] by year, evidence, work and requirement, exportable for filing',
  },
  'serviceRecord.usage': {
    zh: '/我的记录 [年份|全部]，如 /我的记录 2025；/我的记录 导出 发送 Excel 存档；联络员：/我的记录 @医师 [年份]',
    en: '/record [year|all], e.g. /record 2025; /record export sends the Excel file; coordinators: /record @physician [year]',
  },
  'serviceRecord.twoPeriods': {
    zh: '只能写一个年份（如 2025）或“全部”。',
    en: 'Give one year (e.g. 2025) or "all", not both.',
  },
  'serviceRecord.oneName': {
    zh: '一次只能查看一位医师的记录，没看懂“{names}”。',
    en: 'One physician at a time; could not read "{names}".',
  },
  'serviceRecord.whose': {
    zh: '请写出要查看的医师，如 /我的记录 @陈明 2025。',
    en: 'Name the physician, e.g. /record @陈明 2025.',
  },
  'serviceRecord.unknownPhysician': {
    zh: '没有找到名为“{name}”的[[physician]]。',
    en: 'No [[physician]] named "{name}".',
  },
  'serviceRecord.ambiguous': {
    zh: '有多位名为“{name}”的医师：{candidates}。请用 @ 提及要查看的那一位。',
    en: 'Several physicians are named "{name}": {candidates}. @-mention the one you mean.',
  },
  'serviceRecord.outOfScope': {
    zh: '您无权查看 {name} 的服务记录：只有本人、所在医院的[[hospitalCoordinator]]和上级[[regionCoordinator]]可以查看。',
    en: 'You may not read the service record of {name}: only they, their [[hospitalCoordinator]] and the [[regionCoordinator]] above may.',
  },
  'serviceRecord.staleButton': {
    zh: '这个按钮已失效，请重新发送 /我的记录。',
    en: 'This button no longer works; send /record again.',
  },
  'serviceRecord.title': { zh: '服务记录', en: 'Service record' },
  'serviceRecord.period.year': { zh: '{year}年', en: 'Year {year}' },
  'serviceRecord.period.all': { zh: '全部记录', en: 'All years' },
  'serviceRecord.who': { zh: '**{name}**　{who}', en: '**{name}**  {who}' },
  'serviceRecord.requirement': {
    zh: '{program}：累计基层服务 **{served}** 天 / 要求 **{required}** 天',
    en: '{program}: **{served}** days of grassroots service of **{required}** required',
  },
  'serviceRecord.work': { zh: '工作量（{logs} 天有[[workLog]]）', en: 'Work ({logs} days with a [[workLog]])' },
  'serviceRecord.noDays': { zh: '{period}没有[[serviceDay]]记录。', en: 'No [[serviceDay]] recorded in {period}.' },
  'serviceRecord.byYear': { zh: '按年度', en: 'By year' },
  'serviceRecord.byYear.column': { zh: '年度', en: 'Year' },
  'serviceRecord.byProgram': { zh: '按项目', en: 'By program' },
  'serviceRecord.byProgram.column': { zh: '项目', en: 'Program' },
  'serviceRecord.byClinic': { zh: '按[[recipientUnit]]', en: 'By [[recipientUnit]]' },
  'serviceRecord.byClinic.column': { zh: '[[recipientUnit]]', en: '[[recipientUnit]]' },
  'serviceRecord.rule': {
    zh: '累计要求只计[[confirmed]]和[[stateCorrected]]的[[serviceDay]]；核验方式由强到弱：[[evidenceDevice]]、[[evidenceLocationMessage]]、[[unverified]]。',
    en: 'The requirement counts [[confirmed]] and [[stateCorrected]] [[serviceDay]]s; evidence from strongest: [[evidenceDevice]], [[evidenceLocationMessage]], [[unverified]].',
  },
  'serviceRecord.exportButton': { zh: '导出 Excel 存档', en: 'Export to Excel' },
  'serviceRecord.pageButton': { zh: '打印版网页', en: 'Printable page' },
  'serviceRecord.fileName': { zh: '服务记录_{name}_{period}.xlsx', en: 'service-record_{name}_{period}.xlsx' },
  'serviceRecord.metres': { zh: '{metres} 米', en: '{metres} m' },
  'serviceRecord.verdict': { zh: '{state}（{by}，{at}）', en: '{state} ({by}, {at})' },
  'serviceRecord.correction': {
    zh: '[[correction]]：{reason}；批准人 {by}（{at}）',
    en: '[[correction]]: {reason}; approved by {by} ({at})',
  },
  'serviceRecord.sheet.cover': { zh: '封面', en: 'Cover' },
  'serviceRecord.sheet.days': { zh: '服务日明细', en: 'Days' },
  'serviceRecord.file.coverTitle': { zh: '基层服务记录', en: 'Grassroots service record' },
  'serviceRecord.file.daysTitle': { zh: '{name} 基层服务明细（{period}）', en: '{name}: service days ({period})' },
  'serviceRecord.file.hospital': { zh: '[[supportingUnit]]：{hospital}', en: '[[supportingUnit]]: {hospital}' },
  'serviceRecord.file.issuedAt': { zh: '出具时间：{at}', en: 'Issued: {at}' },
  'serviceRecord.file.serial': { zh: '序号', en: 'No.' },
  'serviceRecord.file.footer': {
    zh: '本人签字：　　　　　　医务科审核：　　　　　　',
    en: 'Signature:              Checked by:',
  },
  'serviceRecord.file.name': { zh: '姓名', en: 'Name' },
  'serviceRecord.file.hospitalLabel': { zh: '[[supportingUnit]]', en: '[[supportingUnit]]' },
  'serviceRecord.file.title': { zh: '职称', en: 'Title' },
  'serviceRecord.file.specialty': { zh: '专业', en: 'Specialty' },
  'serviceRecord.file.period': { zh: '记录期间', en: 'Period' },
  'serviceRecord.file.requirement': { zh: '累计要求（{program}）', en: 'Requirement ({program})' },
  'serviceRecord.file.requirementValue': {
    zh: '累计基层服务 {served} 天 / 要求 {required} 天',
    en: '{served} days served of {required} required',
  },
  'serviceRecord.file.issuedAtLabel': { zh: '出具时间', en: 'Issued' },
  'serviceRecord.day.date': { zh: '日期', en: 'Date' },
  'serviceRecord.day.clinic': { zh: '[[recipientUnit]]', en: '[[recipientUnit]]' },
  'serviceRecord.day.program': { zh: '项目', en: 'Program' },
  'serviceRecord.day.checkIn': { zh: '[[checkIn]]', en: '[[checkIn]]' },
  'serviceRecord.day.checkOut': { zh: '[[checkOut]]', en: '[[checkOut]]' },
  'serviceRecord.day.evidence': { zh: '核验方式', en: 'Evidence' },
  'serviceRecord.day.distance': { zh: '距离', en: 'Distance' },
  'serviceRecord.day.confirmation': { zh: '受援单位确认', en: 'Clinic confirmation' },
  'serviceRecord.day.correction': { zh: '[[correction]]', en: '[[correction]]' },
  'serviceRecord.day.work': { zh: '当日工作', en: 'Work of the day' },
  'serviceRecord.page.expired': {
    zh: '这个服务记录链接已过期，请在聊天中重新发送 /我的记录 获取新链接。',
    en: 'This service record link has expired; send /record in the chat for a new one.',
  },
  'serviceRecord.page.malformed': {
    zh: '这个服务记录链接无效（不完整或被改动过）。',
    en: 'This service record link is not valid (incomplete or altered).',
  },
  'serviceRecord.file.code': { zh: '核验码', en: 'Verification code' },
  'serviceRecord.file.head': { zh: '出具时链头', en: 'Chain head at issue' },
  'serviceRecord.issued': {
    zh: '核验码 {code}（链头 {head}）。[[hospitalCoordinator]]或职称办可发送 /核验 {code} 核验这份记录。',
    en: 'Verification code {code} (chain head {head}). A [[hospitalCoordinator]] or the title office can check it with /verify {code}.',
  },
  'serviceRecord.verify.summary': {
    zh: '用核验码核验一份服务记录是否真实、出具后是否有新增或被改动',
    en: 'Check an issued service record by its code: authentic, appended since, or tampered',
  },
  'serviceRecord.verify.usage': {
    zh: '/核验 <核验码>，如 /核验 K7Q2-M9XD',
    en: '/verify <code>, e.g. /verify K7Q2-M9XD',
  },
  'serviceRecord.verify.missingCode': {
    zh: '请写出记录上的核验码，如 /核验 K7Q2-M9XD。',
    en: 'Give the code printed on the record, e.g. /verify K7Q2-M9XD.',
  },
  'serviceRecord.verify.unknownCode': {
    zh: '没有核验码为“{code}”的服务记录，请核对后重发（8 位字母数字，如 K7Q2-M9XD）。',
    en: 'No service record has the code "{code}"; check it (8 letters and digits, e.g. K7Q2-M9XD).',
  },
  'serviceRecord.verify.heading': {
    zh: '核验码 {code}：{name}（{hospital}）{period}服务记录，出具于 {issuedAt}，链头 {head}。',
    en: 'Code {code}: service record of {name} ({hospital}), {period}, issued {issuedAt}, chain head {head}.',
  },
  'serviceRecord.verify.authentic': {
    zh: '结论：真实，出具后没有任何新增或改动。',
    en: 'Verdict: authentic, nothing added or changed since issue.',
  },
  'serviceRecord.verify.appended': {
    zh: '结论：真实；出具后经系统新增 {count} 条记录（现链头 {head}）：',
    en: 'Verdict: authentic; {count} rows were appended through the service since issue (head now {head}):',
  },
  'serviceRecord.verify.tampered': {
    zh: '结论：记录已被改动！以下内容与出具时的记录链不符，请勿采信并联系医务科：',
    en: 'Verdict: TAMPERED. These no longer match the record chain; do not rely on the record:',
  },
  'serviceRecord.verify.chainBroken': {
    zh: '记录链在第 {seq} 环断开（链被改动或删除）',
    en: 'the chain breaks at link {seq}',
  },
  'serviceRecord.verify.headGone': {
    zh: '出具时的链头 #{seq} 已不在链中',
    en: 'the head issued at (#{seq}) is no longer in the chain',
  },
  'serviceRecord.verify.rowChanged': { zh: '{row} #{id} 的内容被改动或删除', en: '{row} #{id} was changed or deleted' },
  'serviceRecord.verify.rowUnchained': {
    zh: '{row} #{id} 未经系统写入',
    en: '{row} #{id} was not written through the service',
  },
  'serviceRecord.row.day': { zh: '[[serviceDay]]', en: '[[serviceDay]]' },
  'serviceRecord.row.reading': { zh: '定位读数', en: 'device reading' },
  'serviceRecord.row.confirmation': { zh: '受援单位确认', en: 'clinic confirmation' },
  'serviceRecord.row.correction': { zh: '[[correction]]', en: '[[correction]]' },
  'serviceRecord.row.log': { zh: '[[workLog]]', en: '[[workLog]]' },
} satisfies Record<string, Text>;
