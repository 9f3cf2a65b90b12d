import type { SubscriptionTopic } from '../generated/sqlite/client.js';

/** The words people type for a topic (排班 / 截止 and their synonyms), lower-cased. */
const TOPIC_WORDS: Record<string, SubscriptionTopic> = {
  排班: 'SCHEDULE',
  坐诊: 'SCHEDULE',
  schedule: 'SCHEDULE',
  截止: 'DEADLINES',
  逾期: 'DEADLINES',
  deadline: 'DEADLINES',
  deadlines: 'DEADLINES',
};

/** The topic a word names, or undefined. */
export function topicOf(word: string | undefined): SubscriptionTopic | undefined {
  return word === undefined ? undefined : TOPIC_WORDS[word.toLowerCase()];
}
