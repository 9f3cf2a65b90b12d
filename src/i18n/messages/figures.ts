import type { Text } from '../locale.js';

/**
 * The catalogue of figures (coordinator/figure-catalogue.ts): each figure's one label and one definition,
 * and the words naming the period a card counts. Keys are `figure.<id>`, `figure.<id>.definition` and
 * `figure.period.*`.
 */
export const figureMessages = {
  'figure.physiciansAssigned': { zh: '派驻[[physician]]', en: 'Physicians assigned' },
  'figure.physiciansAssigned.definition': {
    zh: '统计期内有有效[[assignment]]（与统计期有重叠、未取消）的不同医师人数',
    en: 'Distinct physicians with an active assignment overlapping the period',
  },
  'figure.personTimes': { zh: '派驻人次', en: 'Person-times assigned' },
  'figure.personTimes.definition': {
    zh: '统计期内有效[[assignment]]的条数',
    en: 'Active assignments overlapping the period',
  },
  'figure.physiciansServed': { zh: '到岗[[physician]]', en: 'Physicians who served' },
  'figure.physiciansServed.definition': {
    zh: '统计期内至少有一个[[serviceDay]]的不同医师人数',
    en: 'Distinct physicians with at least one service day in the period',
  },
  'figure.clinicsServed': { zh: '到岗[[recipientUnit]]', en: 'Recipient clinics served' },
  'figure.clinicsServed.definition': {
    zh: '统计期内至少有一个[[serviceDay]]的不同[[recipientUnit]]数',
    en: 'Distinct recipient clinics with at least one service day in the period',
  },
  'figure.serviceDays': { zh: '[[daysServed]]', en: 'Days served' },
  'figure.serviceDays.definition': {
    zh: '统计期内的[[serviceDay]]数（一名医师在一个[[recipientUnit]]一天记一个，自[[checkIn]]起计）',
    en: 'Service days in the period (one per physician, clinic and day, from the check-in on)',
  },
  'figure.verifiedDays': { zh: '[[verified]]天数', en: 'Verified days' },
  'figure.verifiedDays.definition': {
    zh: '签到、签退或之后补发的位置在受援单位范围内、已自动核验的[[serviceDay]]数（核验只升不降）',
    en: 'Service days with a location inside the clinic’s geofence at check-in, check-out or later (verification only goes up)',
  },
  'figure.unverifiedDays': { zh: '[[unverified]]天数', en: 'Unverified days' },
  'figure.unverifiedDays.definition': {
    zh: '未收到范围内位置的[[serviceDay]]数（[[daysServed]]减去[[verified]]天数和[[stateCorrected]]天数）',
    en: 'Service days without a location inside the geofence (days served less verified and corrected days)',
  },
  'figure.confirmedDays': { zh: '[[confirmed]]天数', en: 'Confirmed days' },
  'figure.confirmedDays.definition': {
    zh: '[[clinicHead]]已确认到岗的[[serviceDay]]数（[[correction]]日[[confirmationNotOwed]]，不在其内）',
    en: 'Service days the clinic head confirmed (a correction day needs no confirmation and is not among them)',
  },
  'figure.pendingDays': { zh: '[[unconfirmed]]天数', en: 'Days awaiting confirmation' },
  'figure.pendingDays.definition': {
    zh: '[[clinicHead]]尚未确认也未提出异议的[[serviceDay]]数（含已超过 3 天的；[[correction]]日[[confirmationNotOwed]]，不在其内）',
    en: 'Service days the clinic head has neither confirmed nor disputed (including those over 3 days old; correction days need no confirmation)',
  },
  'figure.disputedDays': { zh: '[[disputed]]天数', en: 'Disputed days' },
  'figure.disputedDays.definition': {
    zh: '[[clinicHead]]提出异议的[[serviceDay]]数',
    en: 'Service days the clinic head disputed',
  },
  'figure.correctedDays': { zh: '[[stateCorrected]]天数', en: 'Corrected days' },
  'figure.correctedDays.definition': {
    zh: '经审批的[[correction]]补成的[[serviceDay]]数：记为完整，[[confirmationNotOwed]]，计入每月最低要求',
    en: 'Service days made by an approved correction: complete, needing no confirmation, counted toward the monthly minimum',
  },
  'figure.deviceVerifiedDays': { zh: '[[evidenceDevice]]天数', en: 'Device-verified days' },
  'figure.deviceVerifiedDays.definition': {
    zh: '签到页读取手机定位、精度在电子围栏内核验的[[serviceDay]]（最强的到岗证据）',
    en: 'Service days verified by the check-in page from the phone’s own position, accuracy within the geofence (the strongest evidence)',
  },
  'figure.locationMessageDays': {
    zh: '[[evidenceLocationMessage]]核验天数',
    en: 'Days verified by a location message',
  },
  'figure.locationMessageDays.definition': {
    zh: '以聊天位置消息在电子围栏内核验、没有设备定位的[[serviceDay]]（位置可在地图上选，证据较弱）',
    en: 'Service days verified by a chat location inside the geofence and no device reading (a place picked on a map: weaker evidence)',
  },
  'figure.loggedDays': { zh: '已填[[workLog]]天数', en: 'Days with a work log' },
  'figure.loggedDays.definition': {
    zh: '已填写[[workLog]]的[[serviceDay]]数',
    en: 'Service days with a work log',
  },
  'figure.workLog.definition': {
    zh: '统计期内各[[serviceDay]][[workLog]]中该项数字之和',
    en: 'The sum of this figure over the work logs of the period’s service days',
  },
  'figure.remoteServices': { zh: '远程医疗服务合计', en: 'Remote services, total' },
  'figure.remoteServices.definition': {
    zh: '[[remoteConsultations]]、[[remoteImaging]]、[[remoteEcg]]三项之和（2026年12月前的[[workLog]]只记一个“远程”数，计在[[remoteConsultations]]）',
    en: 'Remote consultations, imaging and ECG together (logs before December 2026 had one remote figure, counted as consultations)',
  },
  'figure.minimumMet': { zh: '达到每月最低要求', en: 'Monthly minimum met' },
  'figure.minimumMet.definition': {
    zh: '该月有效[[assignment]]的“医师—[[recipientUnit]]”组合中，在该单位计入的天数（[[clinicHead]]已确认或[[correction]]的[[serviceDay]]；[[unconfirmed]]的尚不计入）达到项目每月最低天数的组合数（分母为组合数）',
    en: 'Physician–clinic pairs assigned in the month whose counted days there (confirmed by the clinic head, or corrected; days awaiting confirmation not yet) reach the program’s monthly minimum (out of all pairs)',
  },
  'figure.surveyCalls': { zh: '已拨打', en: 'Calls made' },
  'figure.surveyCalls.definition': {
    zh: '满意度调查抽样的[[serviceDay]]中已记录回访结果的个数（每天以最新一次记录为准）',
    en: 'Sampled service days of the satisfaction survey with a call result recorded (the latest record of a day counts)',
  },
  'figure.surveyAnswered': { zh: '接通', en: 'Answered' },
  'figure.surveyAnswered.definition': {
    zh: '已拨打中结果为 满意、基本满意 或 不满意 的个数（未接通不计）',
    en: 'Calls made whose result is satisfied, fairly satisfied or dissatisfied (no answer excluded)',
  },
  'figure.surveySatisfied': { zh: '满意及基本满意', en: 'Satisfied or fairly satisfied' },
  'figure.surveySatisfied.definition': {
    zh: '接通中结果为 满意 或 基本满意 的个数',
    en: 'Answered calls whose result is satisfied or fairly satisfied',
  },
  'figure.answerRate': { zh: '接通率', en: 'Answer rate' },
  'figure.answerRate.definition': {
    zh: '接通率 = 接通 / 已拨打',
    en: 'Answer rate = answered / calls made',
  },
  'figure.satisfactionRate': { zh: '满意率', en: 'Satisfaction rate' },
  'figure.satisfactionRate.definition': {
    zh: '满意率 =（满意 + 基本满意）/ 接通',
    en: 'Satisfaction rate = (satisfied + fairly satisfied) / answered',
  },
  'figure.tourDays': { zh: '巡回天数', en: 'Days on tour' },
  'figure.tourDays.definition': {
    zh: '截至今日，医疗队安排中有队员在岗（队长登记或本人签到）的日期数',
    en: 'Dates up to today in the team’s plan with at least one member present (named by the leader or checked in)',
  },
  'figure.tourWeeks': { zh: '巡回周数', en: 'Weeks on tour' },
  'figure.tourWeeks.definition': {
    zh: '巡回天数按项目每周天数折算的整周数（每 {days} 天计 1 周）',
    en: 'Days on tour in whole weeks of the program ({days} days a week)',
  },
  'figure.townshipsCovered': { zh: '覆盖乡镇', en: 'Townships covered' },
  'figure.townshipsCovered.definition': {
    zh: '截至今日有队员在岗的乡镇卫生院数（县级医院不计）',
    en: 'Township health centers with members present up to today (the county hospital not counted)',
  },
  'figure.presentToday': { zh: '今日在岗', en: 'Present today' },
  'figure.presentToday.definition': {
    zh: '今日安排地点在岗的队员人数',
    en: 'Members present at today’s planned place',
  },
  'figure.period.month': { zh: '统计期：{month}', en: 'Period: {month}' },
  'figure.period.monthToDate': {
    zh: '统计期：{month}（截至 {to}）',
    en: 'Period: {month} (up to {to})',
  },
  'figure.period.programToDate': {
    zh: '统计期：项目开始至今（{from} 至 {to}）',
    en: 'Period: program to date ({from} to {to})',
  },
  'figure.period.range': { zh: '统计期：{from} 至 {to}', en: 'Period: {from} to {to}' },
} satisfies Record<string, Text>;
