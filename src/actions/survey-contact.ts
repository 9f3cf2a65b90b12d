import type { CardActionDefinition } from '../core/context.js';
import { answerContactRequest } from '../survey/answer-contact.js';

/** 已提供联系方式 / 当日无登记 on a survey's request to a clinic head: value `{ itemId, reply }`. */
export const surveyContactAction: CardActionDefinition = {
  action: 'survey.contact',
  audience: ['CLINIC_HEAD'],
  run: answerContactRequest,
};
