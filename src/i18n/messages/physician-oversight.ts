import type { Text } from '../locale.js';

/**
 * Texts of what others decide about a physician's days: the clinic head's confirmation (受援单位日常考核),
 * corrections (补卡) and assignment notices. Keys are `physician.oversight.<name>`.
 */
export const oversightMessages = {
  // Shared card fields
  'physician.oversight.field.physician': { zh: '[[physician]]', en: 'Physician' },
  'physician.oversight.field.title': { zh: '职称', en: 'Title' },
  'physician.oversight.field.specialty': { zh: '专科', en: 'Specialty' },
  'physician.oversight.field.home': { zh: '[[supportingUnit]]', en: 'Home hospital' },
  'physician.oversight.field.clinic': { zh: '[[recipientUnit]]', en: 'Clinic' },
  'physician.oversight.field.address': { zh: '地址', en: 'Address' },
  'physician.oversight.field.date': { zh: '日期', en: 'Date' },
  'physician.oversight.field.checkInTime': { zh: '[[checkIn]]时间', en: 'Checked in at' },
  'physician.oversight.field.verification': { zh: '位置核验', en: 'Location' },
  'physician.oversight.field.period': { zh: '派驻期间', en: 'Period' },
  'physician.oversight.field.plannedDates': { zh: '计划日期', en: 'Planned dates' },
  'physician.oversight.field.program': { zh: '项目', en: 'Program' },
  'physician.oversight.field.reason': { zh: '原因', en: 'Reason' },
  'physician.oversight.field.requestedAt': { zh: '申请时间', en: 'Requested at' },
  'physician.oversight.field.monthUsage': { zh: '本月[[correction]]', en: 'Corrections this month' },
  'physician.oversight.none': { zh: '—', en: '—' },
  'physician.oversight.period': { zh: '{from} 至 {to}', en: '{from} to {to}' },
  'physician.oversight.usage': { zh: '{used}/{limit} 次', en: '{used} of {limit}' },

  // Clinic-head confirmation
  'physician.oversight.confirm.title': { zh: '到岗确认', en: 'Confirm a visit' },
  'physician.oversight.confirm.ask': {
    zh: '{physician} {date} 在贵单位到岗。请确认是否属实；如有异议，可填写说明后点“有异议”。',
    en: '{physician} was at your clinic on {date}. Please confirm the visit, or add a note and press "Dispute".',
  },
  'physician.oversight.confirm.notOwed': {
    zh: '{date} 在{clinic}的这一天是批准的[[correction]]，[[confirmationNotOwed]]，本次没有记录。',
    en: 'The day of {date} at {clinic} is an approved correction and needs no confirmation; nothing was recorded.',
  },
  'physician.oversight.confirm.corrected': {
    zh: '[[correction]]（时间未记录）',
    en: 'correction (time not recorded)',
  },
  'physician.oversight.confirm.confirmButton': { zh: '确认到岗', en: 'Confirm' },
  'physician.oversight.confirm.disputeButton': { zh: '有异议', en: 'Dispute' },
  'physician.oversight.confirm.buttonFor': { zh: '{button}（{physician}）', en: '{button} ({physician})' },
  'physician.oversight.confirm.gathered': { zh: '{count} 位医师到岗', en: '{count} physicians arrived' },
  'physician.oversight.confirm.noteLabel': { zh: '异议说明（可选）', en: 'What is wrong (optional)' },
  'physician.oversight.confirm.typed': {
    zh: '此处不能填写表单：有异议请发送 /有异议 {number} 原因，例如 /有异议 {number} 当天未见到医生。',
    en: 'This form cannot be filled in here: to dispute, send /dispute {number} and the reason, e.g. /dispute {number} nobody came that day.',
  },
  'physician.oversight.confirm.typed.summary': {
    zh: '对到岗记录提出异议并写明原因（卡片不能填写时使用）',
    en: 'Dispute a visit with the reason (where the card cannot be filled in)',
  },
  'physician.oversight.confirm.typed.usage': {
    zh: '/有异议 编号 [原因]，编号见到岗确认卡片，例如 /有异议 12 当天未见到医生',
    en: '/dispute number [reason], the number shown on the confirmation card, e.g. /dispute 12 nobody came that day',
  },
  'physician.oversight.confirm.typed.noNumber': {
    zh: '请先写到岗确认卡片上的编号，再写原因。',
    en: 'Give the number shown on the confirmation card first, then the reason.',
  },
  'physician.oversight.confirm.typed.notFound': {
    zh: '没有编号为 {number} 的到岗记录，请核对到岗确认卡片上的编号。',
    en: 'There is no visit numbered {number}; check the number on the confirmation card.',
  },
  'physician.oversight.confirm.decidedCONFIRMED': {
    zh: '**[[confirmed]]**：{by} 于 {at} 确认到岗',
    en: '**[[confirmed]]** by {by} at {at}',
  },
  'physician.oversight.confirm.decidedDISPUTED': {
    zh: '**[[disputed]]**：{by} 于 {at} 提出异议',
    en: '**[[disputed]]** by {by} at {at}',
  },
  'physician.oversight.confirm.decisionNote': { zh: '（{note}）', en: ' ({note})' },
  'physician.oversight.confirm.canChange': {
    zh: '如需更改，可再次选择；每次更改都会留档。',
    en: 'You may change the decision; every change is kept.',
  },
  'physician.oversight.confirm.notClinicHead': {
    zh: '只有{clinic}的[[clinicHead]]可以确认这次到岗。如您是负责人，请联系管理员授权。',
    en: 'Only the [[clinicHead]] of {clinic} may confirm this visit. If that is you, ask an administrator for the role.',
  },
  'physician.oversight.confirm.physicianNoticeCONFIRMED': {
    zh: '{clinic}的[[clinicHead]]{by}已确认您 {date} 到岗。',
    en: '{by}, [[clinicHead]] of {clinic}, confirmed your visit on {date}.',
  },
  'physician.oversight.confirm.physicianNoticeDISPUTED': {
    zh: '{clinic}的[[clinicHead]]{by}对您 {date} 的到岗有异议{note}。如有误会，请与其沟通或联系医务科联络员。',
    en: '{by}, [[clinicHead]] of {clinic}, disputed your visit on {date}{note}. Please talk to them or to your hospital coordinator.',
  },
  'physician.oversight.confirm.noClinicHead': {
    zh: '{clinic}尚未登记[[clinicHead]]，您 {date} 的到岗暂为[[unconfirmed]]。请联系医务科联络员为该单位登记负责人。',
    en: '{clinic} has no [[clinicHead]] on record, so your visit on {date} awaits confirmation. Please ask your hospital coordinator to register one.',
  },

  // Corrections (补卡)
  'physician.oversight.correction.summary': {
    zh: '忘记[[checkIn]]时申请[[correction]]，由医务科联络员审批',
    en: 'Ask for a forgotten check-in to be recorded',
  },
  'physician.oversight.correction.usage': {
    zh: '/补卡 日期 受援单位 原因，例如 /补卡 2026-11-05 {clinic} 手机没电忘记签到（日期可写 2026-11-05、11-05、11月5日、昨天、前天）',
    en: '/correction date clinic reason, e.g. /correction 2026-11-05 {clinic} phone battery was dead (date: 2026-11-05, 11-05, 11月5日, 昨天, 前天)',
  },
  'physician.oversight.correction.badDate': {
    zh: '看不懂日期“{text}”。',
    en: 'I cannot read the date "{text}".',
  },
  'physician.oversight.correction.missingReason': {
    zh: '请写明[[correction]]原因（至少 2 个字）。',
    en: 'Please give a reason (at least 2 characters).',
  },
  'physician.oversight.correction.reasonTooLong': {
    zh: '原因请控制在 {max} 字以内。',
    en: 'Please keep the reason under {max} characters.',
  },
  'physician.oversight.correction.notPast': {
    zh: '{date} 不是过去的日期：[[correction]]只能补过去的日期；今天到岗请直接发送 /签到。',
    en: '{date} is not in the past: corrections are for past days; for today, use /签到.',
  },
  'physician.oversight.correction.clinicNotFound': {
    zh: '没有找到受援单位“{text}”，请核对名称（可用简称，如“石门卫生院”）。',
    en: 'No clinic named "{text}"; please check the name.',
  },
  'physician.oversight.correction.clinicAmbiguous': {
    zh: '“{text}”对应多个单位：{names}。请写更完整的名称。',
    en: '"{text}" matches several clinics: {names}. Please write more of the name.',
  },
  'physician.oversight.correction.noAssignment': {
    zh: '您在 {date} 没有派驻{clinic}的[[assignment]]，无法[[correction]]。请核对日期和受援单位，或联系医务科联络员。',
    en: 'You had no assignment at {clinic} on {date}, so it cannot be corrected. Please check the date and clinic, or ask your hospital coordinator.',
  },
  'physician.oversight.correction.outsideProgram': {
    zh: '{date} 不在项目“{program}”的期间（{from} 至 {to}）内，无法[[correction]]。',
    en: '{date} is outside the program "{program}" ({from} to {to}).',
  },
  'physician.oversight.correction.dayExists': {
    zh: '您 {date} 在{clinic}已有到岗记录（{time} [[checkIn]]），无需[[correction]]。',
    en: 'You already have a record at {clinic} on {date} (checked in at {time}); no correction is needed.',
  },
  'physician.oversight.correction.alreadyRequested': {
    zh: '您已申请过 {date} 在{clinic}的[[correction]]，正在等待审批，请勿重复申请。',
    en: 'You already asked for a correction at {clinic} on {date}; it is awaiting a decision.',
  },
  'physician.oversight.correction.limitReached': {
    zh: '{month} 的[[correction]]已达上限 {limit} 次（项目“{program}”的规定，含已驳回的申请），无法再申请。如确有需要，请联系医务科联络员。',
    en: 'You have reached the limit of {limit} corrections for {month} (program "{program}", rejected requests included). Please contact your hospital coordinator.',
  },
  'physician.oversight.correction.requested': {
    zh: '已提交 {date} 在{clinic}的[[correction]]申请，已发送给{approvers}审批。{month} 已申请 {used}/{limit} 次。',
    en: 'Your correction for {clinic} on {date} was sent to {approvers} for approval. {used} of {limit} used for {month}.',
  },
  'physician.oversight.correction.noApprover': {
    zh: '已提交 {date} 在{clinic}的[[correction]]申请，但暂时没有可审批的联络员；请联系医务科为您的医院登记联络员。',
    en: 'Your correction for {clinic} on {date} was recorded, but no coordinator can approve it yet; please ask your hospital to register one.',
  },
  'physician.oversight.correction.cardTitle': { zh: '[[correction]]申请', en: 'Correction request' },
  'physician.oversight.correction.ask': {
    zh: '{physician}申请为 {date} 在{clinic}的到岗[[correction]]。批准后记为到岗（[[correction]]，[[unverified]]），原记录不变。',
    en: '{physician} asks to record a visit to {clinic} on {date}. Approval records the day as a correction, [[unverified]].',
  },
  'physician.oversight.correction.approveButton': { zh: '批准', en: 'Approve' },
  'physician.oversight.correction.approveConfirm': {
    zh: '确认批准该[[correction]]申请？',
    en: 'Approve this correction?',
  },
  'physician.oversight.correction.rejectButton': { zh: '驳回', en: 'Reject' },
  'physician.oversight.correction.rejectLabel': { zh: '驳回理由（可选）', en: 'Reason for rejecting (optional)' },
  'physician.oversight.correction.typed': {
    zh: '此处不能填写表单：驳回请发送 /驳回 {number} 理由，例如 /驳回 {number} 当天未安排到该单位。',
    en: 'This form cannot be filled in here: to reject, send /reject {number} and the reason, e.g. /reject {number} not assigned there that day.',
  },
  'physician.oversight.correction.typed.summary': {
    zh: '驳回[[correction]]申请并写明理由（卡片不能填写时使用）',
    en: 'Reject a correction with the reason (where the card cannot be filled in)',
  },
  'physician.oversight.correction.typed.usage': {
    zh: '/驳回 编号 [理由]，编号见[[correction]]审批卡片，例如 /驳回 7 当天未安排到该单位',
    en: '/reject number [reason], the number shown on the correction card, e.g. /reject 7 not assigned there that day',
  },
  'physician.oversight.correction.typed.noNumber': {
    zh: '请先写[[correction]]审批卡片上的编号，再写理由。',
    en: 'Give the number shown on the correction card first, then the reason.',
  },
  'physician.oversight.correction.typed.notFound': {
    zh: '没有编号为 {number} 的[[correction]]申请，请核对审批卡片上的编号。',
    en: 'There is no correction numbered {number}; check the number on its card.',
  },
  'physician.oversight.correction.decidedAPPROVED': {
    zh: '**已批准**：{by} 于 {at} 批准',
    en: '**Approved** by {by} at {at}',
  },
  'physician.oversight.correction.decidedREJECTED': {
    zh: '**已驳回**：{by} 于 {at} 驳回',
    en: '**Rejected** by {by} at {at}',
  },
  'physician.oversight.correction.notApprover': {
    zh: '只有{physician}所在医院的医务科联络员（或上级卫健部门联络员）可以审批这条[[correction]]申请。',
    en: "Only the hospital coordinator of {physician}'s hospital (or a health bureau coordinator above it) may decide this correction.",
  },
  'physician.oversight.correction.alreadyDecided': {
    zh: '这条[[correction]]申请已经处理过了，以卡片上的结果为准。',
    en: 'This correction was already decided; the card shows the result.',
  },
  'physician.oversight.correction.dayExistsOnApprove': {
    zh: '{physician} {date} 在{clinic}已有到岗记录，无法批准；如不需要补卡，请驳回并说明。',
    en: '{physician} already has a record at {clinic} on {date}, so it cannot be approved; please reject it with a note.',
  },
  'physician.oversight.correction.physicianNoticeAPPROVED': {
    zh: '您 {date} 在{clinic}的[[correction]]申请已由{by}批准，这一天已记为完整的[[serviceDay]]（[[stateCorrected]]，{by}批准，[[counted]]到岗天数，[[confirmationNotOwed]]）。',
    en: 'Your correction for {clinic} on {date} was approved by {by}; the day is recorded as complete (corrected, approved by {by}, counted toward your days served, no confirmation needed).',
  },
  'physician.oversight.correction.physicianNoticeREJECTED': {
    zh: '您 {date} 在{clinic}的[[correction]]申请已被{by}驳回{note}。如有疑问，请联系医务科联络员。',
    en: 'Your correction for {clinic} on {date} was rejected by {by}{note}. Please ask your hospital coordinator if unclear.',
  },

  // Assignment notices
  'physician.oversight.notice.createdTitle': { zh: '新的[[assignment]]', en: 'New assignment' },
  'physician.oversight.notice.cancelledTitle': { zh: '[[assignment]]已取消', en: 'Assignment cancelled' },
  'physician.oversight.notice.physicianCreated': {
    zh: '您被派驻到{clinic}。到达后请发送位置消息或 /签到 完成[[checkIn]]。',
    en: 'You are assigned to {clinic}. On arrival, send your location or /签到 to check in.',
  },
  'physician.oversight.notice.physicianCancelled': {
    zh: '您在{clinic}的[[assignment]]已取消，无需再前往。',
    en: 'Your assignment at {clinic} was cancelled; you need not go.',
  },
  'physician.oversight.notice.headCreated': {
    zh: '{physician}将到贵单位支援，到岗后您会收到到岗确认卡片。',
    en: '{physician} is coming to support your clinic; you will get a card to confirm each visit.',
  },
  'physician.oversight.notice.headCancelled': {
    zh: '{physician}到贵单位的支援[[assignment]]已取消。',
    en: "{physician}'s assignment at your clinic was cancelled.",
  },
  'physician.oversight.notice.moreDates': { zh: '等 {count} 天', en: 'and more ({count} days)' },
} satisfies Record<string, Text>;
