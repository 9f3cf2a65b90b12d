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
} satisfies Record<string, Text>;
