import type { Text } from '../locale.js';

/** Texts of spot checks (四不两直, `/抽查`). Keys `spotCheck.<name>`. */
export const spotCheckMessages = {
  'spotCheck.summary': {
    zh: '抽取今天（或本周）辖区内计划到岗的医师做不打招呼的现场核查（四不两直），偏重证据薄弱的',
    en: 'Draw planned visits of today (or this week) in your region for unannounced checks, weighted toward weak evidence',
  },
  'spotCheck.usage': {
    zh: '/抽查 [人数] [今天|本周] [范围]，如 /抽查 3、/抽查 5 本周 或 /抽查 2 桂林镇（默认 3 人、今天、辖区全部；范围可写辖区内的县区、乡镇、[[recipientUnit]]或[[supportingUnit]]）；/抽查 记录 <第几位> <结果> [备注] 记录最近一次名单的抽查结果；/抽查 结果 [月份] 看各地区抽查结果',
    en: '/spot-check [count] [today|week] [scope], e.g. /spot-check 3, /spot-check 5 week or /spot-check 2 <town> (default 3, today, your whole region; the scope may be a county, town, clinic or hospital in it); /spot-check record <no.> <outcome> [note] for your latest list; /spot-check results [month]',
  },
  'spotCheck.outOfScope': {
    zh: '“{scope}”不在您的辖区内，只能抽查本辖区内的计划到岗。可以不写范围，抽查辖区全部。',
    en: '“{scope}” is outside your region: you can only draw planned visits in it. Leave the scope out to draw from all of it.',
  },
  'spotCheck.day': { zh: '{date}', en: '{date}' },
  'spotCheck.whenWhere': { zh: '{when} · {where}', en: '{when} · {where}' },
  'spotCheck.regionOnly': {
    zh: '抽查由[[regionCoordinator]]在本辖区内进行。',
    en: 'Spot checks are drawn by a [[regionCoordinator]] in their region.',
  },
  'spotCheck.badSize': { zh: '人数请写 1 到 {max} 之间。', en: 'The count must be between 1 and {max}.' },
  'spotCheck.noVisits': {
    zh: '{from} 至 {to} 辖区内没有计划到岗的医师，无可抽查。',
    en: 'No visits are planned in your region from {from} to {to}; nothing to draw.',
  },
  'spotCheck.title': { zh: '抽查名单（仅您可见）', en: 'Spot-check draw (only you see this)' },
  'spotCheck.range': { zh: '{from} 至 {to}', en: '{from} to {to}' },
  'spotCheck.drawn': {
    zh: '从 {candidates} 个计划到岗中抽取 {count} 个，证据薄弱的权重更高。',
    en: '{count} drawn from {candidates} planned visits, weighted toward weak evidence.',
  },
  'spotCheck.column.date': { zh: '日期', en: 'Date' },
  'spotCheck.column.clinic': { zh: '[[recipientUnit]]', en: '[[recipientUnit]]' },
  'spotCheck.column.physician': { zh: '[[physician]]', en: '[[physician]]' },
  'spotCheck.column.why': { zh: '权重（近 90 天）', en: 'Weight (last 90 days)' },
  'spotCheck.why': {
    zh: '{weight}：[[unverified]] {unverified}、未确认 {unsigned}、[[correction]] {corrected}、[[disputed]] {disputed}',
    en: '{weight}: [[unverified]] {unverified}, unsigned {unsigned}, [[correction]] {corrected}, [[disputed]] {disputed}',
  },
  'spotCheck.secret': {
    zh: '不通知医师和受援单位。抽样种子 {seed} 与各候选权重已记入[[audit]]日志，可复核。',
    en: 'Nobody else is told. The seed {seed} and every weight are in the [[audit]] log, so the draw can be redone.',
  },
  'spotCheck.form.outcome': {
    zh: '{clinic} · {physician}：结果',
    en: '{clinic} · {physician}: outcome',
  },
  'spotCheck.form.outcomeHint': { zh: '在岗 / 不在岗 / 已离开 / 其他', en: 'on duty / absent / left / other' },
  'spotCheck.form.note': { zh: '备注（可不填）', en: 'Note (optional)' },
  'spotCheck.form.submit': { zh: '记录', en: 'Record' },
  'spotCheck.form.typed': {
    zh: '此处不能填写表单：请发送 /抽查 记录 {position} 在岗（或 不在岗、已离开、其他），其后可加备注（{position} 为名单中的第几位）。',
    en: 'This form cannot be filled in here: send /spot-check record {position} 在岗 (or 不在岗, 已离开, 其他), a note after it if any ({position}: the place in the list).',
  },
  'spotCheck.typed.usage': {
    zh: '请写出名单中的第几位和结果，例如 /抽查 记录 2 在岗 或 /抽查 记录 1 不在岗 诊室无人。',
    en: 'Give the place in the list and the outcome, e.g. /spot-check record 2 在岗.',
  },
  'spotCheck.typed.noDraw': {
    zh: '您还没有抽取过名单：先发送 /抽查 抽取，再按名单记录结果。',
    en: 'You have not drawn a list yet: send /spot-check first, then record its outcomes.',
  },
  'spotCheck.typed.noPosition': {
    zh: '您最近一次抽查的名单中没有第 {position} 位（共 {count} 位）。',
    en: 'Your latest draw has no number {position} (it has {count}).',
  },
  'spotCheck.outcome.ON_DUTY': { zh: '在岗', en: 'on duty' },
  'spotCheck.outcome.ABSENT': { zh: '不在岗', en: 'absent' },
  'spotCheck.outcome.LEFT': { zh: '已离开', en: 'left' },
  'spotCheck.outcome.OTHER': { zh: '其他', en: 'other' },
  'spotCheck.record.forbidden': {
    zh: '只有抽取这份名单的人或{clinic}所在地区的[[regionCoordinator]]可以记录抽查结果。',
    en: 'Only whoever drew this list or a [[regionCoordinator]] of the region of {clinic} may record the outcome.',
  },
  'spotCheck.record.badOutcome': {
    zh: '没看懂结果“{word}”。请填 在岗、不在岗、已离开 或 其他，备注写在备注栏。',
    en: 'Unknown outcome "{word}". Write on duty, absent, left or other; put details in the note.',
  },
  'spotCheck.record.disputeNote': { zh: '抽查：{outcome}。{note}', en: 'Spot check: {outcome}. {note}' },
  'spotCheck.record.title': { zh: '抽查结果已记录', en: 'Spot-check outcome recorded' },
  'spotCheck.record.repeatedTitle': {
    zh: '该次抽查已有结果，未重复记录',
    en: 'This visit already has an outcome; nothing new recorded',
  },
  'spotCheck.record.line': {
    zh: '{clinic} · {physician}：**{outcome}**　备注：{note}　{evidence}',
    en: '{clinic} · {physician}: **{outcome}**  Note: {note}  {evidence}',
  },
  'spotCheck.record.failedLine': {
    zh: '{clinic} · {physician}：**{outcome}**（[[stateSpotCheckFailed]]）　备注：{note}　{evidence}',
    en: '{clinic} · {physician}: **{outcome}** ([[stateSpotCheckFailed]])  Note: {note}  {evidence}',
  },
  'spotCheck.evidence.button': { zh: '附位置', en: 'Attach location' },
  'spotCheck.evidence.none': { zh: '附位置：无', en: 'Location: none' },
  'spotCheck.evidence.within': {
    zh: '附位置：距[[recipientUnit]] {m} 米（范围内）',
    en: 'Location: {m} m from the clinic (inside the fence)',
  },
  'spotCheck.evidence.outside': {
    zh: '附位置：距[[recipientUnit]] {m} 米（范围外）',
    en: 'Location: {m} m from the clinic (outside the fence)',
  },
  'spotCheck.evidence.unsure': {
    zh: '附位置：精度不足或[[recipientUnit]]未登记位置，无法判断',
    en: 'Location: too imprecise, or the clinic has no recorded location',
  },
  'spotCheck.record.recorded': {
    zh: '已记录：{clinic} · {physician}：{outcome}。',
    en: 'Recorded: {clinic} · {physician}: {outcome}.',
  },
  'spotCheck.record.recordedFailed': {
    zh: '已记录：{clinic} · {physician}：{outcome}。{day}已通知医师所在医院的[[hospitalCoordinator]]。',
    en: 'Recorded: {clinic} · {physician}: {outcome}. {day}The hospital coordinators were told.',
  },
  'spotCheck.record.nowDisputed': { zh: '该服务日已标为[[disputed]]。', en: 'The service day is now [[disputed]]. ' },
  'spotCheck.record.noDay': { zh: '当天无签到记录。', en: 'No check-in was recorded that day. ' },
  'spotCheck.record.repeated': {
    zh: '{clinic} · {physician} 已有抽查结果，未重复记录。',
    en: '{clinic} · {physician} already has an outcome; nothing new recorded.',
  },
  'spotCheck.record.failedNote': {
    zh: '该服务日已标为[[disputed]]，已通知医师所在医院的[[hospitalCoordinator]]。',
    en: 'The service day is now [[disputed]]; the hospital coordinators were told.',
  },
  'spotCheck.record.hospitalNotice': {
    zh: '抽查（四不两直）：{date} {clinic}，{physician}：{outcome}。{note}{recorded}',
    en: 'Spot check: {date} at {clinic}, {physician}: {outcome}. {note}{recorded}',
  },
  'spotCheck.record.noticeNote': { zh: '备注：{note}。', en: 'Note: {note}. ' },
  'spotCheck.record.dayDisputed': {
    zh: '该服务日已标为[[disputed]]，请核实。',
    en: 'The day is now [[disputed]]; please look into it.',
  },
  'spotCheck.record.dayKept': {
    zh: '当天无签到记录，请核实。',
    en: 'No check-in was recorded that day; please look into it.',
  },
  'spotCheck.results.title': { zh: '抽查结果', en: 'Spot-check results' },
  'spotCheck.results.none': { zh: '{month} 还没有记录抽查结果。', en: 'No spot-check outcome recorded in {month}.' },
  'spotCheck.results.region': { zh: '地区', en: 'Region' },
  'spotCheck.results.checks': { zh: '已抽查', en: 'Checks' },
  'spotCheck.results.onDuty': { zh: '在岗', en: 'On duty' },
  'spotCheck.results.disputed': { zh: '标为[[disputed]]', en: 'Made [[disputed]]' },
  'spotCheck.results.check': {
    zh: '{date} {clinic}：{outcome}　{evidence}',
    en: '{date} {clinic}: {outcome}  {evidence}',
  },
  'spotCheck.results.open': { zh: '待跟进', en: 'Open follow-ups' },
  'spotCheck.results.badMonth': {
    zh: '没看懂月份“{word}”。请写成 /抽查 结果 2026-11，不写则为本月。',
    en: 'Unknown month "{word}". Write /抽查 结果 2026-11, or nothing for this month.',
  },
} satisfies Record<string, Text>;
