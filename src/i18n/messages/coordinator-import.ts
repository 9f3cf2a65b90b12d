import type { Text } from '../locale.js';

/**
 * Texts of the staffing-table import (支援人员安排情况表): the file handler, the preview card and its
 * buttons, `/模板`, and the reasons a row is refused. Keys are `coordinatorImport.<name>`.
 */
export const coordinatorImportMessages = {
  // The file
  'coordinatorImport.fileType': {
    zh: '“{fileName}”不是可导入的文件。请发送 .xlsx 或 .csv 格式的[[staffingTable]]，发送 /模板 可获取模板。',
    en: '“{fileName}” cannot be imported. Send the [[staffingTable]] as .xlsx or .csv; /template gets you the template.',
  },
  'coordinatorImport.notCoordinator': {
    zh: '目前只接收医务科和卫健部门联络员发送的[[staffingTable]]（.xlsx 或 .csv）。其他文件请通过其他渠道报送。',
    en: 'The bot takes only [[staffingTable]] files (.xlsx or .csv) from hospital and health-bureau coordinators.',
  },
  'coordinatorImport.fileMissing': {
    zh: '读不到文件“{fileName}”，请检查路径。',
    en: 'Cannot read the file “{fileName}”: check the path.',
  },
  'coordinatorImport.noHeader': {
    zh: '没有找到表头。[[staffingTable]]至少要有这几列：{columns}。发送 /模板 可获取模板。',
    en: 'No header row found. The [[staffingTable]] needs at least these columns: {columns}. /template gets the template.',
  },
  'coordinatorImport.missingColumns': {
    zh: '表头缺少这几列：{columns}。请补上后重新发送，或发送 /模板 获取模板。',
    en: 'The header lacks these columns: {columns}. Add them and resend, or get the template with /template.',
  },
  'coordinatorImport.cliFailed': {
    zh: '导入未完成，系统中没有任何修改：{detail}。如反复出现，请把这行提示发给管理员。',
    en: 'The import did not finish and nothing changed: {detail}. If it happens again, send this line to an administrator.',
  },
  'coordinatorImport.unitFrom.block': {
    zh: '表中没有[[supportingUnit]]列，按表头“填报单位”：{name}',
    en: 'No [[supportingUnit]] column: taken from the header block (填报单位): {name}',
  },
  'coordinatorImport.unitFrom.sender': {
    zh: '表中没有[[supportingUnit]]列，按您负责的单位：{name}',
    en: 'No [[supportingUnit]] column: taken as your own hospital, {name}',
  },
  'coordinatorImport.matchedBy': {
    zh: '医师按联系电话找到 {phone} 行，按姓名和[[supportingUnit]]找到 {name} 行（电话打了码或未填时按姓名）',
    en: 'Physicians found by phone on {phone} rows, by name and [[supportingUnit]] on {name} (when the phone is masked or missing)',
  },
  'coordinatorImport.checking': {
    zh: '正在校验[[staffingTable]]“{fileName}”，共 {rows} 行，请稍候…',
    en: 'Checking the [[staffingTable]] “{fileName}”: {rows} rows, one moment…',
  },
  // The preview card
  'coordinatorImport.card.title': { zh: '[[staffingTable]]导入预览', en: '[[staffingTable]] import preview' },
  'coordinatorImport.card.appliedTitle': { zh: '[[staffingTable]]已导入', en: '[[staffingTable]] imported' },
  'coordinatorImport.card.discardedTitle': { zh: '[[staffingTable]]已放弃', en: '[[staffingTable]] discarded' },
  'coordinatorImport.card.file': { zh: '文件', en: 'File' },
  'coordinatorImport.card.rows': { zh: '数据行', en: 'Rows' },
  'coordinatorImport.card.adds': { zh: '新增', en: 'To add' },
  'coordinatorImport.card.changes': { zh: '变更', en: 'To change' },
  'coordinatorImport.card.removals': { zh: '取消', en: 'To cancel' },
  'coordinatorImport.card.unchanged': { zh: '不变', en: 'Unchanged' },
  'coordinatorImport.card.addsSentence': {
    zh: '以下 {count} 项安排系统中还没有，确认后将新增，并通知相关[[physician]]和[[clinicHead]]：',
    en: 'These {count} assignments are not on record yet: confirmed, they are added and the physicians and clinic heads told:',
  },
  'coordinatorImport.card.changesSentence': {
    zh: '以下 {count} 项安排的服务日期与系统中不同，确认后将按本表修改：',
    en: 'These {count} assignments have other dates than on record: confirmed, they take the table’s dates:',
  },
  'coordinatorImport.card.removalsSentence': {
    zh: '以下 {count} 项安排不在本表中，确认后将取消（本表视为所列单位、所列月份的完整名单），并通知相关[[physician]]和[[clinicHead]]。如只想新增和修改、不取消，请点“只新增不取消”：',
    en: 'These {count} assignments are not in this table: confirmed, they are cancelled (the table is taken as the full list for its hospitals and months) and the physicians and clinic heads told. To add and change without cancelling, press “Add only”:',
  },
  'coordinatorImport.card.unchangedSentence': {
    zh: '另有 {count} 项与系统中一致，保持不变。',
    en: '{count} more match the records and stay as they are.',
  },
  'coordinatorImport.card.noAdditionsOnly': {
    zh: '不能“只新增不取消”：保留表中没有的安排时，以下新增会与之冲突（同一天去两个单位）：',
    en: '“Add only” is not possible: keeping the assignments the table leaves out, these additions clash with them (two clinics on one day):',
  },
  'coordinatorImport.card.badRows': { zh: '有问题的行', en: 'Rows with problems' },
  'coordinatorImport.card.rejected': {
    zh: '有 {count} 行有问题，全部未导入，请修改后重新发送。',
    en: '{count} rows have problems: nothing was imported. Fix them and send the file again.',
  },
  'coordinatorImport.card.nothingToDo': {
    zh: '表中安排与系统中的完全一致，无需导入。',
    en: 'The table matches the schedule on record: nothing to import.',
  },
  'coordinatorImport.card.confirmHint': {
    zh: '核对无误后点“确认导入”，将一次性全部生效，并通知相关[[physician]]和[[clinicHead]]。',
    en: 'Check the lists, then press “Import”: everything takes effect at once and the physicians and clinic heads are told.',
  },
  'coordinatorImport.card.appliedNote': {
    zh: '{at} 由 {name} 确认导入，已通知相关[[physician]]和[[clinicHead]]。',
    en: 'Imported at {at} by {name}; the physicians and clinic heads were told.',
  },
  'coordinatorImport.card.discardedNote': {
    zh: '{at} 已放弃，未做任何修改。',
    en: 'Discarded at {at}; nothing changed.',
  },
  'coordinatorImport.card.more': { zh: '……另有 {count} 行未列出', en: '… and {count} more' },
  'coordinatorImport.card.row': { zh: '行', en: 'Row' },
  'coordinatorImport.card.physician': { zh: '医师', en: 'Physician' },
  'coordinatorImport.card.hospital': { zh: '[[supportingUnit]]', en: '[[supportingUnit]]' },
  'coordinatorImport.card.clinic': { zh: '[[recipientUnit]]', en: '[[recipientUnit]]' },
  'coordinatorImport.card.month': { zh: '月份', en: 'Month' },
  'coordinatorImport.card.dates': { zh: '服务日期', en: 'Dates' },
  'coordinatorImport.card.before': { zh: '原服务日期', en: 'Dates before' },
  'coordinatorImport.card.wholeMonth': { zh: '整月', en: 'whole month' },
  'coordinatorImport.confirm': { zh: '确认导入', en: 'Import' },
  'coordinatorImport.confirmDialogTitle': { zh: '确认导入？', en: 'Import now?' },
  'coordinatorImport.confirmDialogText': {
    zh: '将新增 {adds} 条、变更 {changes} 条、取消 {removals} 条[[assignment]]。',
    en: 'This adds {adds}, changes {changes} and cancels {removals} assignments.',
  },
  'coordinatorImport.discard': { zh: '放弃', en: 'Discard' },
  'coordinatorImport.additionsOnly': { zh: '只新增不取消', en: 'Add only' },
  'coordinatorImport.additionsOnlyDialogText': {
    zh: '将新增 {adds} 条、变更 {changes} 条[[assignment]]；表中没有的 {removals} 条保持不变，不取消。',
    en: 'This adds {adds} and changes {changes} assignments; the {removals} not in the table stay as they are.',
  },
  // Pressing the buttons
  'coordinatorImport.notYours': {
    zh: '这份导入由其他人发起，只有发起人或管理员可以确认或放弃。',
    en: 'Someone else started this import: only they or an administrator can confirm or discard it.',
  },
  'coordinatorImport.gone': {
    zh: '这份导入已经处理过（已导入或已放弃），无需再次操作。',
    en: 'This import was already handled (imported or discarded).',
  },
  'coordinatorImport.changedSincePreview': {
    zh: '预览之后系统中的安排有了变化，未导入。下面是按最新数据重新校验的结果。',
    en: 'The schedule changed since the preview, so nothing was imported. Here is the check against the records now.',
  },
  // /模板
  'coordinatorImport.template.summary': {
    zh: '获取[[staffingTable]]模板（填好后直接发给我导入）',
    en: 'Get the [[staffingTable]] template (fill it in and send it back to import)',
  },
  'coordinatorImport.template.usage': { zh: '/模板', en: '/template' },
  'coordinatorImport.template.sent': {
    zh: '这是[[staffingTable]]模板，第二页是填写说明。填好后把文件直接发给我，我会先给出预览，确认后才导入。',
    en: 'Here is the [[staffingTable]] template; its second sheet explains the columns. Send the filled file back: you get a preview first, and nothing is imported until you confirm.',
  },
  'coordinatorImport.template.rules': { zh: '填写说明', en: 'How to fill it in' },
  'coordinatorImport.template.exampleNote': { zh: '示例行，填写时请删除', en: 'Example row: delete it' },
  'coordinatorImport.template.rulesText': {
    zh: [
      '1. 每行是一位[[physician]]某月到一个[[recipientUnit]]的安排；同一医师同月去多个单位就写多行。',
      '2. 必填列：[[supportingUnit]]、医师姓名、[[recipientUnit]]、支援月份。职称、专业、联系电话、服务日期、备注可选。',
      '3. 列的顺序随意，表头可用常见写法（如“姓名”“职务/职称”“手机”“派驻单位”“月份”），表头上方可以有标题行。',
      '4. 支援月份写成 2026-12；服务日期写成 2026-12-05、2026-12-19（或 5日、19日），不写表示整月待定。',
      '5. 联系电话用于找到医师（优先于姓名）；医师须已在系统登记，职称须达到项目要求。',
      '6. 本表是所列单位、所列月份的完整名单：系统中已有、但表中没有的安排会被取消（预览中可选“只新增不取消”）。',
      '7. 发送后先出预览，有任何一行有问题则全部不导入；确认后一次性生效，并通知[[physician]]和[[clinicHead]]。',
      '8. 支持 .xlsx 和 .csv（UTF-8 或 GBK 编码均可），文件不超过 5 MB；旧版 .xls/.et 请先另存为 .xlsx。',
    ].join('\n'),
    en: [
      '1. One row per [[physician]], month and [[recipientUnit]]; a physician at two clinics in a month takes two rows.',
      '2. Required: [[supportingUnit]], physician name, [[recipientUnit]], month. Title, specialty, phone, dates, note are optional.',
      '3. Columns in any order; usual header names are understood; title rows above the header are fine.',
      '4. Month as 2026-12; dates as 2026-12-05、2026-12-19 (or 5日、19日); no dates means the whole month.',
      '5. The phone finds the physician (before the name); physicians must be registered and meet the program title.',
      '6. The table is the full list for its hospitals and months: assignments on record but not in the table are cancelled (the preview offers “Add only”).',
      '7. You get a preview first; one bad row rejects the whole file. Confirmed, it applies at once and notifies physicians and clinic heads.',
      '8. .xlsx or .csv (UTF-8 or GBK), up to 5 MB; save an old .xls/.et as .xlsx first.',
    ].join('\n'),
  },
  'coordinator.audit.action.export.staffing': {
    zh: '导出[[staffingTable]]（含完整电话）',
    en: '[[staffingTable]] exported (full phones)',
  },
  // The form (export and template)
  'coordinatorImport.form.title': {
    zh: '{unit} {year}年{month}月 [[staffingTable]]',
    en: '{unit} [[staffingTable]], {year}-{month}',
  },
  'coordinatorImport.form.unit': { zh: '填报单位：{unit}', en: 'Unit (填报单位): {unit}' },
  'coordinatorImport.form.filer': { zh: '填报人：{name}', en: 'Filed by (填报人): {name}' },
  'coordinatorImport.form.phone': { zh: '联系电话：{phone}', en: 'Phone (联系电话): {phone}' },
  'coordinatorImport.form.date': { zh: '填报日期：{date}', en: 'Date (填报日期): {date}' },
  'coordinatorImport.form.serial': { zh: '序号', en: 'No. (序号)' },
  'coordinatorImport.form.total': { zh: '合计', en: 'Total (合计)' },
  'coordinatorImport.form.people': { zh: '{count}人', en: '{count} people' },
  'coordinatorImport.form.days': { zh: '共{count}天', en: '{count} days' },
  'coordinatorImport.form.footer': {
    zh: '单位负责人：                    填报人：',
    en: 'Head of unit (单位负责人):                    Filed by (填报人):',
  },
  // Reasons a row is refused
  'coordinatorImport.row.missing': { zh: '第{row}行：缺少{columns}', en: 'Row {row}: {columns} missing' },
  'coordinatorImport.row.badMonth': {
    zh: '第{row}行：支援月份“{text}”看不懂，请写成 2026-12',
    en: 'Row {row}: month “{text}” not understood; write it as 2026-12',
  },
  'coordinatorImport.row.badDate': {
    zh: '第{row}行：服务日期“{text}”看不懂，请写成 {month}-05、{month}-19',
    en: 'Row {row}: date “{text}” not understood; write dates as {month}-05、{month}-19',
  },
  'coordinatorImport.row.impossibleDate': {
    zh: '第{row}行：服务日期“{text}”不是有效日期（没有这一天），请核对',
    en: 'Row {row}: “{text}” is no valid date (there is no such day)',
  },
  'coordinatorImport.row.dateOutsideMonth': {
    zh: '第{row}行：服务日期“{text}”不在支援月份 {month} 内',
    en: 'Row {row}: date “{text}” is not in the month {month}',
  },
  'coordinatorImport.row.badTitle': {
    zh: '第{row}行：职称“{text}”看不懂，请写 [[resident]]、[[attending]]、[[associateChief]]或[[chief]]',
    en: 'Row {row}: title “{text}” not understood; write [[resident]], [[attending]], [[associateChief]] or [[chief]]',
  },
  'coordinatorImport.row.badPhone': {
    zh: '第{row}行：联系电话“{text}”不是电话号码',
    en: 'Row {row}: “{text}” is not a phone number',
  },
  'coordinatorImport.row.hospitalUnknown': {
    zh: '第{row}行：找不到[[supportingUnit]]“{name}”',
    en: 'Row {row}: no [[supportingUnit]] named “{name}”',
  },
  'coordinatorImport.row.hospitalAmbiguous': {
    zh: '第{row}行：[[supportingUnit]]“{name}”可能指 {candidates}，请写全名',
    en: 'Row {row}: [[supportingUnit]] “{name}” could be {candidates}; write the full name',
  },
  'coordinatorImport.row.clinicUnknown': {
    zh: '第{row}行：找不到[[recipientUnit]]“{name}”',
    en: 'Row {row}: no [[recipientUnit]] named “{name}”',
  },
  'coordinatorImport.row.clinicAmbiguous': {
    zh: '第{row}行：[[recipientUnit]]“{name}”可能指 {candidates}，请写全名',
    en: 'Row {row}: [[recipientUnit]] “{name}” could be {candidates}; write the full name',
  },
  'coordinatorImport.row.outOfScope': {
    zh: '第{row}行：{hospital}派往{clinic}的安排不在您的管辖范围内（医务科只能报本院医师，卫健部门只能报本辖区的[[recipientUnit]]）',
    en: 'Row {row}: {hospital} at {clinic} is outside your scope (hospitals file their own physicians, bureaus their own region’s clinics)',
  },
  'coordinatorImport.row.physicianUnknown': {
    zh: '第{row}行：{hospital}没有名为“{name}”的医师，请核对姓名或先登记该医师',
    en: 'Row {row}: {hospital} has no physician named “{name}”; check the name or register them first',
  },
  'coordinatorImport.row.physicianAmbiguous': {
    zh: '第{row}行：{hospital}有多位名为“{name}”的医师，请填写联系电话以区分',
    en: 'Row {row}: {hospital} has several physicians named “{name}”; add the phone number',
  },
  'coordinatorImport.row.phoneOtherPerson': {
    zh: '第{row}行：联系电话 {phone} 登记的是“{other}”，不是“{name}”',
    en: 'Row {row}: phone {phone} belongs to “{other}”, not “{name}”',
  },
  'coordinatorImport.row.otherHospital': {
    zh: '第{row}行：{name}登记在{other}，不是{hospital}',
    en: 'Row {row}: {name} is registered at {other}, not {hospital}',
  },
  'coordinatorImport.row.noProgram': {
    zh: '第{row}行：{month} 没有以{clinic}为[[recipientUnit]]的项目',
    en: 'Row {row}: no program has {clinic} as a [[recipientUnit]] in {month}',
  },
  'coordinatorImport.row.manyPrograms': {
    zh: '第{row}行：{month} {clinic}同时属于多个项目（{programs}），请分别导入',
    en: 'Row {row}: {clinic} is in several programs in {month} ({programs}); import them separately',
  },
  'coordinatorImport.row.outsideProgram': {
    zh: '第{row}行：服务日期 {date} 不在项目期间（{startDate} 至 {endDate}）内',
    en: 'Row {row}: date {date} is outside the program ({startDate} to {endDate})',
  },
  'coordinatorImport.row.outsideProgramRange': {
    zh: '第{row}行：安排不在项目期间（{startDate} 至 {endDate}）内',
    en: 'Row {row}: outside the program ({startDate} to {endDate})',
  },
  'coordinatorImport.row.duplicate': {
    zh: '第{row}行：与第{other}行重复（{name}）',
    en: 'Row {row}: repeats row {other} ({name})',
  },
  'coordinatorImport.row.doubleBookedInFile': {
    zh: '第{row}行：{name} {date} 已在第{other}行安排到别处，一天只能去一个[[recipientUnit]]',
    en: 'Row {row}: {name} is already at another clinic on {date} (row {other})',
  },
  'coordinatorImport.row.inactive': {
    zh: '第{row}行：{name}已停用，不能安排',
    en: 'Row {row}: {name} is inactive',
  },
  'coordinatorImport.row.titleTooLow': {
    zh: '第{row}行：{name}的职称低于项目要求（{minTitle}及以上）',
    en: 'Row {row}: {name}’s title is below the program’s minimum ({minTitle})',
  },
  'coordinatorImport.row.notRecipient': {
    zh: '第{row}行：{clinic}不是该项目的[[recipientUnit]]',
    en: 'Row {row}: {clinic} is not a [[recipientUnit]] of the program',
  },
  'coordinatorImport.row.dateConflict': {
    zh: '第{row}行：{name} {date} 已安排在{clinic}，一天只能去一个[[recipientUnit]]',
    en: 'Row {row}: {name} is already planned at {clinic} on {date}',
  },
} satisfies Record<string, Text>;
