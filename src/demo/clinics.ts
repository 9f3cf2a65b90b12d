import { demoInstitutionCode, type DemoInstitution } from './institutions.js';

/** Geofence of every demo clinic, in metres. */
export const CLINIC_GEOFENCE_M = 500;

const clinic = (
  key: string,
  regionCode: string,
  town: string,
  latitude: number,
  longitude: number,
): DemoInstitution => {
  const street = town.endsWith('街道');
  const short = town.slice(0, 2);
  return {
    key,
    code: demoInstitutionCode(`zp_${key}`),
    name: street ? `漳平市${town}社区卫生服务中心` : `漳平市${town}卫生院`,
    aliases: street ? [short, `${short}社区`, `${short}社区卫生服务中心`] : [short, `${short}卫生院`],
    kind: street ? 'COMMUNITY_HEALTH_CENTER' : 'TOWNSHIP_HEALTH_CENTER',
    regionCode,
    address: `漳平市${town}`,
    latitude,
    longitude,
    geofenceRadiusM: CLINIC_GEOFENCE_M,
  };
};

/**
 * The 16 recipient clinics of 漳平市 (seed 001: "全市16家社区卫生服务中心和乡镇卫生院"), one per town
 * or street, placed near the town seat. `key` is the town's pinyin.
 */
export const CLINICS: readonly DemoInstitution[] = [
  clinic('jingcheng', '350881001', '菁城街道', 25.2915, 117.4195),
  clinic('guilin', '350881002', '桂林街道', 25.305, 117.401),
  clinic('xinqiao', '350881100', '新桥镇', 25.421, 117.493),
  clinic('shuangyang', '350881101', '双洋镇', 25.547, 117.313),
  clinic('yongfu', '350881102', '永福镇', 25.045, 117.355),
  clinic('xinan', '350881103', '溪南镇', 25.236, 117.546),
  clinic('heping', '350881104', '和平镇', 25.286, 117.665),
  clinic('gongqiao', '350881105', '拱桥镇', 25.387, 117.3),
  clinic('xianghu', '350881106', '象湖镇', 25.33, 117.59),
  clinic('chishui', '350881107', '赤水镇', 25.46, 117.57),
  clinic('luzhi', '350881108', '芦芝镇', 25.2, 117.29),
  clinic('xiyuan', '350881109', '西园镇', 25.32, 117.24),
  clinic('nanyang', '350881110', '南洋镇', 25.21, 117.46),
  clinic('guantian', '350881200', '官田乡', 25.15, 117.52),
  clinic('wuci', '350881201', '吾祠乡', 25.35, 117.41),
  clinic('lingdi', '350881202', '灵地乡', 25.58, 117.42),
];
