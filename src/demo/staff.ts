import { SUPPORTING_HOSPITAL_KEYS, type SupportingHospitalKey } from './institutions.js';
import { demoOpenId, demoPhone, type DemoPerson, type DemoRole } from './people.js';
import { FUJIAN, LONGYAN, ZHANGPING } from './regions.js';

const person = (
  openId: string,
  name: string,
  homeInstitutionKey: string,
  role: DemoRole,
): Omit<DemoPerson, 'phone'> => ({
  openId,
  name,
  homeInstitutionKey,
  title: null,
  specialty: null,
  roles: [role],
});

/** The open_id of a supporting hospital's coordinator. */
export function hospitalCoordinatorOpenId(hospitalKey: string): string {
  return demoOpenId(`coord_${hospitalKey}`);
}

/** The open_id of a clinic's head. */
export function clinicHeadOpenId(clinicKey: string): string {
  return demoOpenId(`head_${clinicKey}`);
}

const HOSPITAL_COORDINATOR_NAMES: Record<SupportingHospitalKey, string> = {
  zhangping_hospital: '吴国华',
  zhangping_tcm: '陈秀琴',
  longyan_first: '谢振华',
  fjmu_stomatology: '黄佳怡',
  fj_provincial: '刘永健',
  fjmu_union: '郑晓梅',
};

/** Clinic key (see clinics.ts) → the head's name. */
const CLINIC_HEADS: [clinicKey: string, name: string][] = Object.entries({
  jingcheng: '杨建华',
  guilin: '李秀梅',
  xinqiao: '陈永生',
  shuangyang: '邓福林',
  yongfu: '赖金花',
  xinan: '罗志明',
  heping: '林春华',
  gongqiao: '刘德胜',
  xianghu: '张丽琴',
  chishui: '卢永忠',
  luzhi: '郭建华',
  xiyuan: '黄海波',
  nanyang: '吴美华',
  guantian: '曾庆林',
  wuci: '范金水',
  lingdi: '邱福生',
});

/**
 * Everyone in the demo who is not a physician: the admin, one region coordinator per level
 * (漳平市, 龙岩市, 福建省), one coordinator (医务科) per supporting hospital and one head per clinic.
 */
export const STAFF: readonly DemoPerson[] = [
  person(demoOpenId('admin'), '程立新', 'zhangping_bureau', { role: 'ADMIN' }),
  person(demoOpenId('county_zhangping'), '苏建明', 'zhangping_bureau', {
    role: 'REGION_COORDINATOR',
    regionCode: ZHANGPING,
  }),
  person(demoOpenId('city_longyan'), '邱丽娟', 'longyan_bureau', { role: 'REGION_COORDINATOR', regionCode: LONGYAN }),
  person(demoOpenId('province_fujian'), '林志成', 'fujian_bureau', { role: 'REGION_COORDINATOR', regionCode: FUJIAN }),
  ...SUPPORTING_HOSPITAL_KEYS.map((key) =>
    person(hospitalCoordinatorOpenId(key), HOSPITAL_COORDINATOR_NAMES[key], key, {
      role: 'HOSPITAL_COORDINATOR',
      institutionKey: key,
    }),
  ),
  ...CLINIC_HEADS.map(([clinicKey, name]) =>
    person(clinicHeadOpenId(clinicKey), name, clinicKey, { role: 'CLINIC_HEAD', institutionKey: clinicKey }),
  ),
].map((p, i) => ({ ...p, phone: demoPhone(1001 + i) }));
