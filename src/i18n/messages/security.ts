import type { Text } from '../locale.js';

/**
 * User-facing texts of the security rules (issue 12): who may bind, unbind, grant, submit and return, and
 * the replies to races and over-long input. Keys are `security.<name>`.
 */
export const securityMessages = {
  // /绑定
  'security.bindNeedsAdmin': {
    zh: '此人已有账号，或担任联络员、管理员等角色，只能由管理员为其绑定账号。请联系管理员。',
    en: 'This person already has an account, or holds a coordinator or administrator role, so only an administrator can bind an account to them. Please ask an administrator.',
  },
  'security.bindMobileMismatch': {
    zh: '此账号在平台核验的手机号与登记的手机号不一致，不能绑定。请核对手机号，或请本人先在平台更新手机号。',
    en: 'The mobile number the platform verified for this account differs from the registered one, so it cannot be bound. Please check the number, or ask the person to update it on the platform first.',
  },
  'security.boundAnotherNotice': {
    zh: '{name}，您好：管理员刚刚为您绑定了另一个账号 @{mention}。如果这不是您本人的账号，请立即联系管理员解绑。',
    en: 'Hello {name}: an administrator has just bound another account, @{mention}, to you. If it is not yours, please ask an administrator to unbind it at once.',
  },

  // /解绑
  'security.unbind.summary': {
    zh: '解除聊天账号的绑定（本人，或管理员）',
    en: 'Remove a chat account binding (your own, or anyone for administrators)',
  },
  'security.unbind.usage': {
    zh: '/解绑 解除您自己账号的绑定；管理员：/解绑 @某人',
    en: '/unbind removes your own binding; administrators: /unbind @someone',
  },
  'security.unbindOthersForbidden': {
    zh: '只有管理员可以解除他人账号的绑定；您可以发送 /解绑 解除您自己账号的绑定。',
    en: "Only administrators can remove someone else's binding; send /unbind to remove your own.",
  },
  'security.yourAccount': { zh: '您的账号', en: 'your account' },
  'security.notBound': {
    zh: '{mention} 没有绑定人员信息，无需解绑。',
    en: '{mention} is not bound to anyone; nothing to do.',
  },
  'security.unbound': {
    zh: '已解除 {mention} 与 {name} 的绑定，并记入审计日志。',
    en: 'The binding of {mention} to {name} is removed and recorded in the audit log.',
  },
  'security.unboundNotice': {
    zh: '您好：管理员解除了您的一个账号的绑定。如有疑问，请联系管理员。',
    en: 'Hello: an administrator removed the binding of one of your accounts. If in doubt, please ask an administrator.',
  },

  // /授权
  'security.grantSelf': {
    zh: '不能给自己授予角色（{role}，{scope}）。请联系管理员或上级卫健部门联络员。',
    en: 'You cannot grant a role to yourself ({role}, {scope}). Please ask an administrator or a higher health bureau coordinator.',
  },
  'security.grantWrongKind': {
    zh: '“{role}”不能授予在 {scope}：[[hospitalCoordinator]]只设在支援医院，受援单位负责人只设在乡镇卫生院和社区卫生服务中心。',
    en: '"{role}" cannot be granted at {scope}: [[hospitalCoordinator]]s belong to supporting hospitals, clinic heads to township health centers and community health service centers.',
  },

  // /取消指派
  'security.unassignNotYours': {
    zh: '[[assignment]] #{id} 不在您负责的单位或地区内，不能取消。',
    en: 'Assignment #{id} is outside the institutions or regions you are responsible for, so you cannot cancel it.',
  },

  // [[monthlyReport]]: submit and /退回
  'security.reportSubmitOnlyHospital': {
    zh: '只有{hospital}自己的[[hospitalCoordinator]]可以提交它的[[monthlyReport]]。卫健部门如发现问题，可以发送 /退回 要求其更正。',
    en: 'Only the [[hospitalCoordinator]] of {hospital} can submit its [[monthlyReport]]. A health bureau that finds a problem can send /return to ask for a correction.',
  },
  'security.return.summary': {
    zh: '把已提交的[[monthlyReport]]退回医院更正（卫健部门使用）',
    en: 'Return a submitted [[monthlyReport]] to its hospital for correction (health bureaus)',
  },
  'security.return.usage': {
    zh: '/退回 医院 月份 [项目代码] 理由，例如：/退回 漳平市医院 2026-02 诊疗人次与日志不符，请核对',
    en: '/return <hospital> <month> [program code] <reason>, e.g. /return 漳平市医院 2026-02 patient counts do not match the logs',
  },
  'security.returnUsageHint': {
    zh: '请写明医院和月份，再写退回理由。',
    en: 'Please name the hospital and the month, then the reason.',
  },
  'security.returnNeedsReason': {
    zh: '退回{hospital} {period} 的[[monthlyReport]]需要写明理由，医院才知道要更正什么。',
    en: 'Returning the [[monthlyReport]] of {hospital} for {period} needs a reason, so the hospital knows what to correct.',
  },
  'security.returnReasonTooLong': {
    zh: '退回理由最多 {max} 个字，请精简后再发。',
    en: 'The reason may be at most {max} characters; please shorten it.',
  },
  'security.returnNoHospital': {
    zh: '在您负责的地区内没有找到名为“{text}”的医院。',
    en: 'No hospital named "{text}" was found in the regions you are responsible for.',
  },
  'security.returnWhichHospital': {
    zh: '“{text}”对应多家医院，请写全称。',
    en: '"{text}" matches several hospitals; please give the full name.',
  },
  'security.returnNothing': {
    zh: '{hospital} {period} 没有可退回的[[monthlyReport]]；如有多个项目，请在月份后写项目代码。',
    en: 'There is no [[monthlyReport]] of {hospital} for {period} to return; if it reports for several programs, put the program code after the month.',
  },
  'security.returnNotSubmitted': {
    zh: '{hospital} {period} 的[[monthlyReport]]还没有提交（或刚刚已被退回），无需退回。',
    en: 'The [[monthlyReport]] of {hospital} for {period} is not submitted (or was just returned); nothing to return.',
  },
  'security.reportReturned': {
    zh: '已将{hospital} {period} 的[[monthlyReport]]退回更正，并通知其[[hospitalCoordinator]]；已记入审计日志。',
    en: 'The [[monthlyReport]] of {hospital} for {period} is returned for correction and its [[hospitalCoordinator]]s are told; recorded in the audit log.',
  },
  'security.reportReturnedNotice': {
    zh: '{hospital} {period} 的[[monthlyReport]]被 {by} 退回更正，理由：{reason}\n请更正后发送 /月报 重新提交。',
    en: 'The [[monthlyReport]] of {hospital} for {period} was returned for correction by {by}. Reason: {reason}\nPlease correct it and submit again from /report.',
  },

  // Races (two writes at the same instant)
  'security.assignRaced': {
    zh: '刚刚已有人为{physician}安排了 {day}，本次[[assignment]]未保存。请核对该医师的安排后再试。',
    en: 'Someone has just planned {physician} on {day}; this assignment was not saved. Please check the schedule and try again.',
  },

  // Edges
  'security.messageTooLong': {
    zh: '这条消息有 {length} 个字，太长了，无法作为命令处理（最多 {max} 个字）。请精简后再发；长的说明可以分几条发送。',
    en: 'This message has {length} characters, too long to be read as a command (at most {max}). Please shorten it; a long explanation can be sent in several messages.',
  },
} satisfies Record<string, Text>;
