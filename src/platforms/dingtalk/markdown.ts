/**
 * Escapes user text (names, notes, file names) for DingTalk markdown, so it shows as typed and never as
 * markup or a link: a backslash before every markdown punctuation character, HTML brackets as entities.
 * Follows the escaping function of each other format (#12); keep them in step when either changes.
 */
export function escapeDingtalkMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+\-.!|~])/g, '\\$1');
}
