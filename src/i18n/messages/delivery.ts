import type { Text } from '../locale.js';

/** User-facing texts of the delivery area. Keys are `delivery.<name>`. */
export const deliveryMessages = {
  'delivery.undelivered.title': {
    zh: '未送达的消息（共 {count} 条）',
    en: 'Messages not delivered ({count})',
  },
  'delivery.undelivered.none': {
    zh: '没有未送达的消息，全部已发出。',
    en: 'There are no undelivered messages; everything was sent.',
  },
  'delivery.undelivered.failed': {
    zh: '{time} 发给{recipient}的“{purpose}”发送失败：{reason}',
    en: '{time} "{purpose}" to {recipient} could not be sent: {reason}',
  },
  'delivery.undelivered.waiting': {
    zh: '{time} 发给{recipient}的“{purpose}”仍在等待发送（已尝试 {attempts} 次）',
    en: '{time} "{purpose}" to {recipient} is still waiting to be sent ({attempts} attempts so far)',
  },
  'delivery.undelivered.hint': {
    zh: '请通过电话或当面告知相关人员；如问题持续，请联系管理员。',
    en: 'Please tell the people concerned by phone or in person; if this keeps happening, contact the administrator.',
  },
} satisfies Record<string, Text>;
