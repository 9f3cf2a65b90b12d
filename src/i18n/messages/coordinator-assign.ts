import type { Text } from '../locale.js';

/** Texts of `/指派` and `/取消指派` (keys `coordinator.assign.*`, `coordinator.unassign.*`). */
export const coordinatorAssignMessages = {
  'coordinator.assign.summary': {
    zh: '把医师[[assignment]]到[[recipientUnit]]（[[hospitalCoordinator]]、[[regionCoordinator]]使用）',
    en: 'Assign a physician to a recipient clinic (hospital and health bureau coordinators)',
  },
  'coordinator.assign.usage': {
    zh: '/[[assignment]] @医生 [[recipientUnit]] 月份或日期，例如：/[[assignment]] @{physician} {clinic} 2026-12；/[[assignment]] {physician} {clinic} 12-03 12-10（日期可写 2026-12-03、12-03、12月3日，多个日期用空格或逗号分开；只写月份时可稍后补充日期）',
    en: '/assign @physician <clinic> <month or dates>, e.g. /assign @{physician} {clinic} 2026-12; /assign {physician} {clinic} 12-03 12-10 (dates: 2026-12-03, 12-03, 12月3日, separated by spaces or commas; with a month only, dates can be added later)',
  },
  'coordinator.assign.missing': {
    zh: '请写明要[[assignment]]的医生、[[recipientUnit]]和月份或日期。',
    en: 'Please name the physician, the recipient clinic and a month or dates.',
  },
  'coordinator.assign.needClinic': {
    zh: '请写明把{physician}[[assignment]]到哪个[[recipientUnit]]。',
    en: 'Please name the recipient clinic to assign {physician} to.',
  },
  'coordinator.assign.needWhen': {
    zh: '请写明月份（如 2026-12）或具体日期（如 12-03 12-10）。',
    en: 'Please give a month (e.g. 2026-12) or dates (e.g. 12-03 12-10).',
  },
  'coordinator.assign.badDate': {
    zh: '“{text}”不是有效的月份或日期。月份写成 2026-12，日期写成 2026-12-03、12-03 或 12月3日。',
    en: '“{text}” is not a valid month or date. Write months as 2026-12 and dates as 2026-12-03, 12-03 or 12月3日.',
  },
  'coordinator.assign.oneMonth': {
    zh: '一次只能[[assignment]]一个月份，请分开发送。',
    en: 'Assign one month at a time, please.',
  },
  'coordinator.assign.dateOutsideMonth': {
    zh: '日期 {date} 不在 {month} 内，请检查月份和日期。',
    en: 'The date {date} is not in {month}; please check the month and the dates.',
  },
  'coordinator.assign.unknownClinic': {
    zh: '没有找到名为“{name}”的单位，请写[[recipientUnit]]的全称或简称（如 桂林、漳平市桂林街道社区卫生服务中心）。',
    en: 'No institution is named “{name}”; write the recipient clinic’s full or short name.',
  },
  'coordinator.assign.unknownPhysician': {
    zh: '在您可[[assignment]]的医师中没有找到“{name}”。请写全名，或直接 @ 这位医生。',
    en: 'No physician named “{name}” among those you may assign. Write the full name, or @-mention them.',
  },
  'coordinator.assign.ambiguous': {
    zh: '“{name}”可能指：{candidates}。请写全名，或直接 @ 这位医生。',
    en: '“{name}” could mean: {candidates}. Write the full name, or @-mention them.',
  },
  'coordinator.assign.candidate': { zh: '{name}（{home}）', en: '{name} ({home})' },
  'coordinator.assign.outOfScope': {
    zh: '不能把{physician}[[assignment]]到{clinic}：[[hospitalCoordinator]]只能[[assignment]]本院医师，[[regionCoordinator]]只能[[assignment]]到本辖区的[[recipientUnit]]。',
    en: 'You cannot assign {physician} to {clinic}: hospital coordinators assign their own physicians, health bureau coordinators to clinics in their region.',
  },
  'coordinator.assign.noProgram': {
    zh: '{clinic}在 {from} 至 {to} 没有作为[[recipientUnit]]参加您可[[assignment]]的项目，无法[[assignment]]。请确认单位名称和月份。',
    en: '{clinic} is not a recipient clinic of any program you may assign to between {from} and {to}. Check the clinic and the month.',
  },
  'coordinator.assign.whichProgram': {
    zh: '{clinic}在 {from} 至 {to} 参加了多个项目：{codes}。请在命令中写上项目编号。',
    en: '{clinic} takes part in several programs between {from} and {to}: {codes}. Add the program code to the command.',
  },
  'coordinator.assign.refused': {
    zh: '未能[[assignment]]{physician}，未做任何更改：\n{problems}',
    en: 'Could not assign {physician}; nothing was changed:\n{problems}',
  },
  'coordinator.assign.day': { zh: '{month}月{day}日', en: '{month}/{day}' },
  'coordinator.assign.problem.inactive': {
    zh: '{physician}的人员信息已停用。',
    en: '{physician} is no longer active.',
  },
  'coordinator.assign.problem.titleTooLow': {
    zh: '{physician}的职称为{title}，本项目要求{minTitle}及以上。',
    en: '{physician} is a {title}; this program requires {minTitle} or above.',
  },
  'coordinator.assign.problem.titleUnknown': {
    zh: '{physician}的职称未登记，本项目要求{minTitle}及以上。请先补录职称。',
    en: "{physician}'s title is not on record; this program requires {minTitle} or above.",
  },
  'coordinator.assign.problem.notRecipient': {
    zh: '{clinic}不是“{program}”的[[recipientUnit]]。',
    en: '{clinic} is not a recipient clinic of “{program}”.',
  },
  'coordinator.assign.problem.outsideProgram': {
    zh: '“{program}”的起止日期为 {from} 至 {to}，所选日期不在其中。',
    en: '“{program}” runs from {from} to {to}; the dates chosen are outside it.',
  },
  'coordinator.assign.problem.dateConflict': {
    zh: '{day}{physician}已安排在{clinic}。',
    en: 'On {day} {physician} is already planned at {clinic}.',
  },
  'coordinator.assign.receipt.created': { zh: '[[assignment]]成功', en: 'Assigned' },
  'coordinator.assign.receipt.updated': { zh: '[[assignment]]已更新', en: 'Assignment updated' },
  'coordinator.assign.receipt.unchanged': { zh: '已有此[[assignment]]', en: 'Already assigned' },
  'coordinator.assign.receipt.cancelled': { zh: '[[assignment]]已取消', en: 'Assignment cancelled' },
  'coordinator.assign.receipt.createdIntro': {
    zh: '已把{physician}[[assignment]]到{clinic}，并通知了本人和[[clinicHead]]。',
    en: '{physician} is assigned to {clinic}; they and the clinic head have been told.',
  },
  'coordinator.assign.receipt.updatedIntro': {
    zh: '{physician}在{clinic}已有[[assignment]]，新日期已加入，并通知了本人和[[clinicHead]]。',
    en: '{physician} was already assigned to {clinic}; the new dates were added and they and the clinic head told.',
  },
  'coordinator.assign.receipt.unchangedIntro': {
    zh: '{physician}在{clinic}的这些日期已有[[assignment]]，无需重复。',
    en: '{physician} is already assigned to {clinic} for these dates; nothing to do.',
  },
  'coordinator.assign.receipt.cancelledIntro': {
    zh: '{physician}在{clinic}的[[assignment]]（#{id}）已取消。',
    en: "{physician}'s assignment at {clinic} (#{id}) is cancelled.",
  },
  'coordinator.assign.receipt.noDates': {
    zh: '尚未安排具体日期。可发送 /[[assignment]] @{physician} {clinic} 12-03 12-10 补充到岗日期。',
    en: 'No dates planned yet. Send /assign @{physician} {clinic} 12-03 12-10 to add them.',
  },
  'coordinator.assign.receipt.cancelButton': { zh: '取消[[assignment]]', en: 'Cancel assignment' },
  'coordinator.assign.receipt.confirmTitle': { zh: '确定取消[[assignment]]？', en: 'Cancel this assignment?' },
  'coordinator.assign.receipt.confirmText': {
    zh: '将取消{physician}在{clinic}的[[assignment]]（#{id}），并通知本人和[[clinicHead]]。',
    en: "{physician}'s assignment at {clinic} (#{id}) will be cancelled; they and the clinic head will be told.",
  },
  'coordinator.assign.field.clinic': { zh: '[[recipientUnit]]', en: 'Recipient clinic' },
  'coordinator.assign.field.program': { zh: '项目', en: 'Program' },
  'coordinator.assign.field.period': { zh: '期间', en: 'Period' },
  'coordinator.assign.field.plannedDates': { zh: '计划到岗日期', en: 'Planned dates' },
  'coordinator.assign.field.number': { zh: '[[assignment]]编号', en: 'Assignment number' },
  'coordinator.assign.period': { zh: '{from} 至 {to}', en: '{from} to {to}' },
  'coordinator.assign.none': { zh: '暂无', en: 'none yet' },

  'coordinator.unassign.summary': {
    zh: '取消医师的[[assignment]]（[[hospitalCoordinator]]、[[regionCoordinator]]使用）',
    en: "Cancel a physician's assignment (hospital and health bureau coordinators)",
  },
  'coordinator.unassign.usage': {
    zh: '/取消[[assignment]] [[assignment]]编号，或 /取消[[assignment]] @医生 [[recipientUnit]] 月份，例如：/取消[[assignment]] 12；/取消[[assignment]] @{physician} {clinic} 2026-12（取消整个[[assignment]]）',
    en: '/unassign <assignment number>, or /unassign @physician <clinic> <month>, e.g. /unassign 12; /unassign @{physician} {clinic} 2026-12 (cancels the whole assignment)',
  },
  'coordinator.unassign.notFound': {
    zh: '没有编号为 {id} 的[[assignment]]，请核对[[assignment]]回执上的编号。',
    en: 'There is no assignment number {id}; check the number on the receipt.',
  },
  'coordinator.unassign.none': {
    zh: '没有找到{physician}在{clinic}的有效[[assignment]]。',
    en: 'No active assignment of {physician} at {clinic} was found.',
  },
  'coordinator.unassign.which': {
    zh: '{physician}在{clinic}有多个[[assignment]]：{list}。请发送 /取消[[assignment]] 编号。',
    en: '{physician} has several assignments at {clinic}: {list}. Send /unassign <number>.',
  },
  'coordinator.unassign.choice': { zh: '#{id}（{from} 至 {to}）', en: '#{id} ({from} to {to})' },
  'coordinator.unassign.done': {
    zh: '已取消{physician}在{clinic}的[[assignment]]（#{id}，{from} 至 {to}），并通知了本人和[[clinicHead]]。',
    en: "Cancelled {physician}'s assignment at {clinic} (#{id}, {from} to {to}); they and the clinic head have been told.",
  },
  'coordinator.unassign.already': {
    zh: '{physician}在{clinic}的[[assignment]]（#{id}）此前已取消，无需再次操作。',
    en: "{physician}'s assignment at {clinic} (#{id}) was already cancelled; nothing to do.",
  },
  'coordinator.unassign.daysKept': {
    zh: '此[[assignment]]下已记录的 {count} 个[[serviceDay]]照常保留，记录不会删除。',
    en: 'The {count} service days already recorded under it stay on record; records are never deleted.',
  },
} satisfies Record<string, Text>;
