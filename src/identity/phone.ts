/**
 * Phone numbers as people type them (`+86 138-0013-8000`, `0086 13800138000`, `138 0013 8000`) and as
 * platforms report them (`+8613800138000`) are stored and compared in one canonical form: digits only,
 * with China's country code dropped from mainland mobiles and a `+` kept for other countries.
 */

const SEPARATORS = /[\s\-–—().（）]/g;
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/** The canonical form of a phone number, or null when the text is not one. */
export function normalizePhone(input: string): string | null {
  const compact = input.replace(SEPARATORS, '').replace(/^00/, '+');
  if (!/^\+?\d{5,15}$/.test(compact)) return null;
  const mainland = compact.replace(/^\+?86(?=1\d{10}$)/, '');
  if (MAINLAND_MOBILE.test(mainland)) return mainland;
  // A mainland landline in international form drops its trunk 0; put it back for the domestic form.
  return compact.startsWith('+86') ? `0${compact.slice(3)}` : compact;
}

/** Whether a canonical number is a mainland mobile (the only kind a chat account is bound by). */
export function isMainlandMobile(phone: string): boolean {
  return MAINLAND_MOBILE.test(phone);
}

/** The number with its middle hidden, as shown everywhere: `138****5678`. */
export function maskPhone(phone: string): string {
  const digits = normalizePhone(phone) ?? phone;
  if (digits.length < 8) return '*'.repeat(Math.max(digits.length - 2, 0)) + digits.slice(-2);
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}
