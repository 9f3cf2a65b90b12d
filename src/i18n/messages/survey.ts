import type { Text } from '../locale.js';

/** Texts of the year-end satisfaction survey (满意度调查, `/满意度`). Keys `survey.<name>`. */
export const surveyMessages = {
  'survey.summary': {
    zh: '年终满意度电话回访：分层抽取服务日、请[[recipientUnit]]提供当日登记的联系方式、记录回访结果、看进度和满意率',
    en: 'Year-end satisfaction phone survey: a stratified sample of service days, the clinics asked for that day’s register contact, call results, progress and rates',
  },
  'survey.usage': {
    zh: '/满意度 抽样 [人数] [年份]（默认 80 人、今年）；/满意度 [年份] 看进度；/满意度 记录 [序号] 记回访结果（或直接 /满意度 记录 3 满意 备注…）；/满意度 导出 [年份]',
    en: '/survey draw [count] [year] (default 80, this year); /survey [year] for progress; /survey record [no.] to record calls (or at once: /survey record 3 satisfied note…); /survey export [year]',
  },
  'survey.bureauOnly': {
    zh: '满意度调查由[[regionCoordinator]]对本辖区进行。',
    en: 'The satisfaction survey is run by a [[regionCoordinator]] for their region.',
  },
  'survey.badWord': {
    zh: '没看懂“{word}”：请写人数（如 80）或年份（如 2026）。',
    en: 'Could not read "{word}": give a count (e.g. 80) or a year (e.g. 2026).',
  },
  'survey.badSize': { zh: '人数请写 1 到 {max} 之间。', en: 'The count must be between 1 and {max}.' },
  'survey.futureYear': {
    zh: '{year} 年还没开始，不能抽样。请写今年或往年。',
    en: '{year} has not begun; draw for this year or an earlier one.',
  },
  'survey.noDays': {
    zh: '{year} 年辖区内还没有[[serviceDay]]，无可抽样。',
    en: 'No service days in your region in {year} yet; nothing to draw.',
  },
  'survey.none': {
    zh: '{year} 年还没有满意度抽样。先发 /满意度 抽样 80 {year}。',
    en: 'No satisfaction sample for {year} yet. Send /survey draw 80 {year} first.',
  },
  'survey.alreadyDrawn': {
    zh: '{year} 年本辖区已于 {date} 抽样（{count} 个[[serviceDay]]），不再重复抽样。以下是现有样本的进度。',
    en: 'Your region’s {year} sample was drawn on {date} ({count} service days); it is not drawn again. Here is its progress.',
  },
  'survey.drawTitle': { zh: '满意度调查抽样 · {year}', en: 'Satisfaction survey sample · {year}' },
  'survey.drawn': {
    zh: '按“[[recipientUnit]] × 月份”分 {strata} 层、按比例从 {frame} 个[[serviceDay]]中抽取 {count} 个（每个非空层至少 1 个，人数允许时）。已请 {clinics} 家[[recipientUnit]]的负责人提供当日登记的联系方式。',
    en: '{count} drawn from {frame} service days in {strata} strata (clinic × month), proportionally, at least one per non-empty stratum where the count allows. The heads of {clinics} clinics were asked for that day’s register contact.',
  },
  'survey.noHead': {
    zh: '{clinics} 家[[recipientUnit]]没有负责人账号，请线下联系：{names}',
    en: '{clinics} clinics have no head with an account; contact them yourself: {names}',
  },
  'survey.seedNote': {
    zh: '抽样种子 {seed}、各层与分配已记入[[audit]]日志，可复核。机器人不保存群众的姓名和电话。',
    en: 'The seed {seed}, the strata and the allocation are in the [[audit]] log, so the draw can be redone. The bot never stores residents’ names or phones.',
  },
  'survey.column.position': { zh: '序号', en: 'No.' },
  'survey.column.date': { zh: '日期', en: 'Date' },
  'survey.column.clinic': { zh: '[[recipientUnit]]', en: '[[recipientUnit]]' },
  'survey.column.physician': { zh: '[[physician]]', en: '[[physician]]' },
  'survey.column.contact': { zh: '联系方式', en: 'Contact' },
  'survey.column.result': { zh: '回访结果', en: 'Result' },
  'survey.column.note': { zh: '备注', en: 'Note' },
  'survey.column.records': { zh: '记录次数', en: 'Records' },
  'survey.contactReply.PROVIDED': { zh: '已提供', en: 'provided' },
  'survey.contactReply.NO_REGISTER': { zh: '当日无登记', en: 'no register that day' },
  'survey.contactReply.none': { zh: '未答复', en: 'no answer yet' },
  'survey.result.SATISFIED': { zh: '满意', en: 'satisfied' },
  'survey.result.FAIRLY_SATISFIED': { zh: '基本满意', en: 'fairly satisfied' },
  'survey.result.DISSATISFIED': { zh: '不满意', en: 'dissatisfied' },
  'survey.result.NO_ANSWER': { zh: '未接通', en: 'no answer' },
  'survey.result.none': { zh: '未拨打', en: 'not called' },
  'survey.request.title': { zh: '满意度回访：请提供联系方式', en: 'Satisfaction survey: contact requested' },
  'survey.request.body': {
    zh: '{region}[[regionCoordinator]]年终满意度电话回访抽到了贵单位以下[[serviceDay]]。请从当日的就诊登记中选一位群众，把联系方式**线下**交给{region}[[regionCoordinator]]（不要发在这里），然后按下对应按钮。机器人只记录谁在何时按了按钮。',
    en: 'The year-end satisfaction phone survey of the {region} [[regionCoordinator]] sampled these service days at your clinic. Pick one resident from that day’s register and give their contact to the {region} [[regionCoordinator]] **offline** (not here), then press the button. The bot records only who pressed and when.',
  },
  'survey.request.day': { zh: '{date} · {physician}', en: '{date} · {physician}' },
  'survey.request.provided': { zh: '{date} 已提供联系方式', en: '{date}: contact given' },
  'survey.request.noRegister': { zh: '{date} 当日无登记', en: '{date}: no register' },
  'survey.contact.forbidden': {
    zh: '只有{clinic}的[[clinicHead]]可以答复这条请求。',
    en: 'Only a [[clinicHead]] of {clinic} may answer this request.',
  },
  'survey.contact.recorded': {
    zh: '已记录：{date} {answer}。谢谢！',
    en: 'Recorded: {date}, {answer}. Thank you!',
  },
  'survey.contact.repeated': {
    zh: '{date} 已有答复（{answer}），未重复记录。',
    en: '{date} already has an answer ({answer}); nothing new recorded.',
  },
  'survey.progressTitle': { zh: '满意度调查 · {year}', en: 'Satisfaction survey · {year}' },
  'survey.progress': { zh: '进度', en: 'Progress' },
  'survey.progressValue': { zh: '已拨打 {calls}/{size}', en: '{calls}/{size} called' },
  'survey.contacts': { zh: '联系方式', en: 'Contacts' },
  'survey.contactsValue': {
    zh: '已提供 {provided}、当日无登记 {noRegister}、未答复 {outstanding}',
    en: '{provided} provided, {noRegister} no register, {outstanding} outstanding',
  },
  'survey.results': { zh: '结果', en: 'Results' },
  'survey.resultsValue': {
    zh: '满意 {satisfied}、基本满意 {fairly}、不满意 {dissatisfied}、未接通 {noAnswer}',
    en: '{satisfied} satisfied, {fairly} fairly satisfied, {dissatisfied} dissatisfied, {noAnswer} no answer',
  },
  'survey.outstandingTitle': {
    zh: '尚未答复的[[recipientUnit]]（{count} 个[[serviceDay]]）：',
    en: 'Clinics yet to answer ({count} service days):',
  },
  'survey.outstandingLine': { zh: '{clinic}：{dates}', en: '{clinic}: {dates}' },
  'survey.outstandingNone': {
    zh: '各[[recipientUnit]]均已答复。',
    en: 'Every clinic has answered.',
  },
  'survey.progressNote': {
    zh: '{answerRate}；{satisfactionRate}。每天以最新一次记录为准。/满意度 记录 记回访结果。',
    en: '{answerRate}; {satisfactionRate}. The latest record of a day counts. /survey record to record calls.',
  },
  'survey.formsTitle': { zh: '记录回访结果 · {year}', en: 'Record survey calls · {year}' },
  'survey.formsIntro': {
    zh: '共 {count} 个待拨打（已提供联系方式的在前），这里列出前 {shown} 个。更正某一条：/满意度 记录 加序号，如 /满意度 记录 3。',
    en: '{count} to call (those with a contact first); the first {shown} are listed. To correct one: /survey record with its number, e.g. /survey record 3.',
  },
  'survey.formsNone': {
    zh: '样本中的[[serviceDay]]都已记录回访结果。更正某一条：/满意度 记录 加序号，如 /满意度 记录 3。',
    en: 'Every sampled day has a call result. To correct one: /survey record with its number, e.g. /survey record 3.',
  },
  'survey.noPosition': {
    zh: '样本中没有序号 {position}（共 {count} 个）。',
    en: 'The sample has no number {position} (it has {count}).',
  },
  'survey.form.result': {
    zh: '{position}. {date} {clinic}（联系方式：{contact}）：结果',
    en: '{position}. {date} {clinic} (contact: {contact}): result',
  },
  'survey.form.resultHint': {
    zh: '满意 / 基本满意 / 不满意 / 未接通',
    en: 'satisfied / fairly satisfied / dissatisfied / no answer',
  },
  'survey.form.note': { zh: '备注（可不填，勿写姓名电话）', en: 'Note (optional; no names or phones)' },
  'survey.form.submit': { zh: '记录', en: 'Record' },
  'survey.form.typed': {
    zh: '此处不能填写表单：请发送 /满意度 记录 {position} 满意（或 基本满意、不满意、未接通），其后可加备注。',
    en: 'This form cannot be filled in here: send /survey record {position} 满意 (or 基本满意, 不满意, 未接通), a note after it if any.',
  },
  'survey.typedNoPosition': {
    zh: '请写上序号再写结果，例如 /满意度 记录 3 满意。',
    en: 'Give the number before the result, e.g. /survey record 3 满意.',
  },
  'survey.form.history': { zh: '{position}. 历次记录：{history}', en: '{position}. Earlier records: {history}' },
  'survey.form.historyEntry': { zh: '{at} {result}', en: '{at} {result}' },
  'survey.call.forbidden': {
    zh: '只有{clinic}所在地区的[[regionCoordinator]]可以记录回访结果。',
    en: 'Only a [[regionCoordinator]] of the region of {clinic} may record this call.',
  },
  'survey.call.badResult': {
    zh: '没看懂结果“{word}”。请填 满意、基本满意、不满意 或 未接通，其他写在备注栏。',
    en: 'Unknown result "{word}". Write satisfied, fairly satisfied, dissatisfied or no answer; put the rest in the note.',
  },
  'survey.call.concurrent': {
    zh: '这一条刚有人同时记录，请再按一次。',
    en: 'Someone recorded this one at the same moment; press again.',
  },
  'survey.call.title': { zh: '回访结果已记录', en: 'Call result recorded' },
  'survey.call.correctedTitle': { zh: '回访结果已更正', en: 'Call result corrected' },
  'survey.call.line': {
    zh: '{position}. {date} {clinic}：**{result}**　备注：{note}',
    en: '{position}. {date} {clinic}: **{result}**  Note: {note}',
  },
  'survey.call.revisionNote': {
    zh: '第 {revision} 次记录，以最新一次为准，之前的记录保留。',
    en: 'Record {revision}; the latest counts, earlier ones are kept.',
  },
  'survey.scopeAll': { zh: '全部地区', en: 'All regions' },
  'survey.export.fileName': { zh: '满意度调查_{year}_{scope}.xlsx', en: 'satisfaction-survey_{year}_{scope}.xlsx' },
  'survey.sheet.name': { zh: '满意度调查', en: 'Satisfaction survey' },
  'survey.sheet.title': { zh: '{year} 年满意度电话回访', en: '{year} satisfaction phone survey' },
  'survey.sheet.scope': { zh: '范围：{scope}', en: 'Scope: {scope}' },
  'survey.sheet.drawn': { zh: '抽样：{date}，种子 {seed}', en: 'Drawn: {date}, seed {seed}' },
  'survey.sheet.footer': {
    zh: '不含群众姓名和电话。{definitions}',
    en: 'No resident names or phones. {definitions}',
  },
  'coordinator.audit.action.survey.draw': { zh: '满意度调查抽样', en: 'Satisfaction survey drawn' },
  'coordinator.audit.action.survey.contact': {
    zh: '满意度回访：[[clinicHead]]答复联系方式',
    en: 'Satisfaction survey: clinic head answered the contact request',
  },
  'coordinator.audit.action.survey.call': { zh: '满意度回访结果', en: 'Satisfaction survey call result' },
} satisfies Record<string, Text>;
