import iconv from 'iconv-lite';

/** The encodings a CSV file is read in, as the reply names them. */
export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

/** A CSV file's text and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * The text of a CSV file as Excel or WPS in China saves it: a byte-order mark names the encoding; else
 * valid UTF-8 is UTF-8; else it is GB18030 (the superset of GBK and GB2312 that “CSV (逗号分隔)” writes
 * on a Chinese Windows), decoded by iconv-lite.
 */
export function decodeText(data: Buffer): DecodedText {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    return { text: data.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  }
  if (data[0] === 0xff && data[1] === 0xfe)
    return { text: iconv.decode(data.subarray(2), 'utf16le'), encoding: 'UTF-16LE' };
  if (data[0] === 0xfe && data[1] === 0xff)
    return { text: iconv.decode(data.subarray(2), 'utf16be'), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(data, 'gb18030'), encoding: 'GB18030' };
  }
}
