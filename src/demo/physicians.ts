import type { Title } from '../generated/sqlite/enums.js';
import type { SupportingHospitalKey } from './institutions.js';
import { demoOpenId, demoPhone, type DemoPerson } from './people.js';

/** A demo physician: `key` is the pinyin of the name, as in `ou_demo_dr_<key>`. */
export interface DemoPhysician extends DemoPerson {
  key: string;
  homeInstitutionKey: SupportingHospitalKey;
  title: Title;
  specialty: string;
}

type Row = [key: string, name: string, title: Title, specialty: string];

const ROSTER: Record<SupportingHospitalKey, Row[]> = {
  zhangping_hospital: [
    ['chen_ming', '陈明', 'CHIEF', '内科'],
    ['lin_xiaoyan', '林晓燕', 'ASSOCIATE_CHIEF', '儿科'],
    ['huang_zhiqiang', '黄志强', 'ATTENDING', '全科'],
    ['wu_lihua', '吴丽华', 'ASSOCIATE_CHIEF', '妇产科'],
    ['zheng_jianguo', '郑建国', 'CHIEF', '骨科'],
    ['wang_xiuying', '王秀英', 'ATTENDING', '内科'],
    ['zhang_wei', '张伟', 'ATTENDING', '全科'],
    ['liu_fang', '刘芳', 'ASSOCIATE_CHIEF', '眼科'],
    ['li_junjie', '李俊杰', 'ATTENDING', '普外科'],
    ['yang_liping', '杨丽萍', 'ATTENDING', '儿科'],
    ['cai_wenbin', '蔡文斌', 'ASSOCIATE_CHIEF', '心血管内科'],
    ['xu_meiling', '许美玲', 'ATTENDING', '妇产科'],
    ['qiu_zhihua', '邱志华', 'ATTENDING', '呼吸内科'],
    ['luo_chunsheng', '罗春生', 'ASSOCIATE_CHIEF', '消化内科'],
    ['lai_jianping', '赖建平', 'ATTENDING', '全科'],
    ['wen_xiaohong', '温小红', 'ATTENDING', '康复科'],
    ['deng_guorong', '邓国荣', 'CHIEF', '普外科'],
    ['zeng_yuzhen', '曾玉珍', 'ATTENDING', '耳鼻喉科'],
    ['you_zhiyong', '游志勇', 'ATTENDING', '内分泌科'],
    ['su_yaqin', '苏雅琴', 'ASSOCIATE_CHIEF', '神经内科'],
    ['lu_zhenyu', '卢振宇', 'RESIDENT', '全科'],
    ['fan_tingting', '范婷婷', 'RESIDENT', '儿科'],
  ],
  zhangping_tcm: [
    ['zhan_xiulan', '詹秀兰', 'CHIEF', '中医科'],
    ['fu_yongfu', '傅永福', 'ASSOCIATE_CHIEF', '针灸推拿科'],
    ['liao_jinshui', '廖金水', 'ATTENDING', '中医科'],
    ['xie_xiaomin', '谢晓敏', 'ATTENDING', '康复科'],
    ['zhong_wenhua', '钟文华', 'ASSOCIATE_CHIEF', '骨科'],
    ['wei_lijuan', '魏丽娟', 'ATTENDING', '妇产科'],
    ['jiang_haitao', '江海涛', 'ATTENDING', '内科'],
    ['dai_chunmei', '戴春梅', 'ATTENDING', '中医科'],
    ['lan_yonghui', '兰永辉', 'ASSOCIATE_CHIEF', '中医科'],
    ['ye_sufen', '叶素芬', 'ATTENDING', '儿科'],
    ['tong_jianhua', '童建华', 'ATTENDING', '全科'],
    ['guan_xiaolin', '官晓琳', 'RESIDENT', '中医科'],
  ],
  longyan_first: [
    ['chen_zhiyuan', '陈志远', 'CHIEF', '心血管内科'],
    ['lin_guodong', '林国栋', 'ASSOCIATE_CHIEF', '骨科'],
    ['huang_liqing', '黄丽清', 'ASSOCIATE_CHIEF', '儿科'],
    ['zhang_haiyan', '张海燕', 'ATTENDING', '妇产科'],
    ['rao_wenbin', '饶文斌', 'ASSOCIATE_CHIEF', '眼科'],
    ['weng_jun', '翁俊', 'RESIDENT', '内科'],
  ],
  fjmu_stomatology: [
    ['fang_zhigang', '方志刚', 'CHIEF', '口腔科'],
    ['guo_xiaohong', '郭晓红', 'ASSOCIATE_CHIEF', '口腔科'],
    ['he_wentao', '何文涛', 'ATTENDING', '口腔科'],
    ['zhou_yating', '周雅婷', 'ATTENDING', '口腔科'],
  ],
  fj_provincial: [
    ['pan_jianxin', '潘建新', 'CHIEF', '呼吸内科'],
    ['zhu_huimin', '朱慧敏', 'ASSOCIATE_CHIEF', '消化内科'],
    ['yan_zhijian', '严志坚', 'ASSOCIATE_CHIEF', '骨科'],
  ],
  fjmu_union: [
    ['shi_liqiong', '施丽琼', 'CHIEF', '妇产科'],
    ['gao_minghui', '高明辉', 'ASSOCIATE_CHIEF', '神经内科'],
    ['sun_xiaodong', '孙晓东', 'ATTENDING', '眼科'],
  ],
};

/**
 * The 50 demo physicians by home hospital. Titles are mostly 主治 and above; the four 住院医师 are
 * there to show that the default rule (中级以上职称) keeps them off the schedule.
 */
export const PHYSICIANS: readonly DemoPhysician[] = (Object.entries(ROSTER) as [SupportingHospitalKey, Row[]][])
  .flatMap(([homeInstitutionKey, rows]) =>
    rows.map(([key, name, title, specialty]) => ({ key, name, title, specialty, homeInstitutionKey })),
  )
  .map((p, i) => ({
    ...p,
    openId: demoOpenId(`dr_${p.key}`),
    phone: demoPhone(i + 1),
    roles: [{ role: 'PHYSICIAN' as const }],
  }));

/**
 * The physicians the schedule may use: the program's default rule (中级以上职称, `minTitle` ATTENDING)
 * leaves out the residents.
 */
export const SCHEDULABLE_PHYSICIANS: readonly DemoPhysician[] = PHYSICIANS.filter((p) => p.title !== 'RESIDENT');
