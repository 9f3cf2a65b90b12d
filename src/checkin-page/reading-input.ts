import { z } from 'zod';
import type { ReadingSubmission } from './submit-reading.js';

/** Where the page posts a reading. */
export const READING_PATH = '/app/checkin/reading';

/** A reading as the page posts it, parsed at the edge; anything else is a 400 and records nothing. */
export const readingBodySchema = z.object({
  t: z.string().min(10).max(2000),
  code: z.string().max(500).optional(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  accuracy: z.number().positive().max(100_000),
  system: z.enum(['WGS84', 'GCJ02']),
  source: z.enum(['FEISHU_JSAPI', 'DINGTALK_JSAPI', 'BROWSER']),
  deviceTime: z.string().datetime().optional(),
});

/** The submission a parsed body stands for. */
export function submissionOf(body: z.infer<typeof readingBodySchema>): ReadingSubmission {
  return {
    token: body.t,
    ...(body.code ? { code: body.code } : {}),
    reading: {
      latitude: body.latitude,
      longitude: body.longitude,
      accuracyM: body.accuracy,
      system: body.system,
      source: body.source,
      deviceTime: body.deviceTime ? new Date(body.deviceTime) : null,
    },
  };
}
