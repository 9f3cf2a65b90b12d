/** Roles as stored (`Role` enum). */
export type RoleName =
  | 'PHYSICIAN'
  | 'CLINIC_HEAD'
  | 'HOSPITAL_COORDINATOR'
  | 'REGION_COORDINATOR'
  | 'ADMIN'
  /** 职称办 / HR: reads and verifies service records only. */
  | 'TITLE_OFFICE';

/** One active role grant with its scope resolved for permission checks. */
export interface ScopedRole {
  role: RoleName;
  /** For CLINIC_HEAD and HOSPITAL_COORDINATOR. */
  institutionId?: number;
  /** For REGION_COORDINATOR. */
  regionId?: number;
  /** Region path the role covers: the institution's region path or the region's path (`/35/3508/`). */
  regionPath?: string;
}
