import { timingSafeEqual } from 'node:crypto';

/** Whether an `Authorization` header carries `Bearer <token>` (compared in constant time). */
export function bearerMatches(token: string, authorization: string): boolean {
  const given = Buffer.from(authorization.replace(/^Bearer\s+/i, ''));
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
