import type { Title } from '../generated/sqlite/enums.js';

/** A role of a demo person with its scope by demo key (institution key or region code). */
export type DemoRole =
  | { role: 'PHYSICIAN' }
  | { role: 'ADMIN' }
  | { role: 'CLINIC_HEAD' | 'HOSPITAL_COORDINATOR'; institutionKey: string }
  | { role: 'REGION_COORDINATOR'; regionCode: string };

/** One demo person. The Feishu open_id is their identity across reloads. */
export interface DemoPerson {
  /** `ou_demo_<slug>`: stable and unique. */
  openId: string;
  name: string;
  homeInstitutionKey: string;
  title: Title | null;
  specialty: string | null;
  /** Obviously fake but well-formed (`1380000xxxx`). */
  phone: string;
  roles: DemoRole[];
}

/** The prefix every demo open_id starts with. */
export const DEMO_OPEN_ID_PREFIX = 'ou_demo_';

/** `ou_demo_<slug>`. */
export function demoOpenId(slug: string): string {
  return `${DEMO_OPEN_ID_PREFIX}${slug}`;
}

/** `1380000` followed by four digits: a number no one owns, in the shape the bot validates. */
export function demoPhone(serial: number): string {
  return `1380000${String(serial).padStart(4, '0')}`;
}
