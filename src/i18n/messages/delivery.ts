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
  'delivery.dingtalkButtonsNeedTemplate': {
    zh: '这张卡片的按钮需要在钉钉里以互动卡片显示，本系统尚未配置卡片模板（DINGTALK_CARD_TEMPLATE_ID）。请联系管理员，或改在飞书中操作。',
    en: 'The buttons of this card show only as a DingTalk interactive card, and no card template is configured (DINGTALK_CARD_TEMPLATE_ID). Please ask an administrator, or use Feishu for this step.',
  },
  'delivery.tableTruncated': {
    zh: '…共 {total} 行，仅显示前 {shown} 行',
    en: '… {total} rows in all; only the first {shown} are shown',
  },
  'delivery.fileTooLarge': {
    zh: '文件太大了（超过 {maxMb} MB），请拆分后再发送。',
    en: 'The file is too large (over {maxMb} MB). Please split it and send it again.',
  },
  'delivery.fileDownloadFailed': {
    zh: '抱歉，暂时无法读取您发送的文件，请稍后再发送一次。',
    en: 'Sorry, the file you sent could not be read just now. Please send it again a little later.',
  },
  'delivery.fileUploadFailed': {
    zh: '抱歉，文件暂时发送不出去，请稍后再试。',
    en: 'Sorry, the file could not be sent just now. Please try again later.',
  },
  'delivery.platformUnavailable': {
    zh: '抱歉，暂时连不上飞书，请稍后再试。',
    en: 'Sorry, Feishu cannot be reached just now. Please try again later.',
  },
} satisfies Record<string, Text>;
