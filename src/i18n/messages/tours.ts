import type { Text } from '../locale.js';

/**
 * Texts of the tours (`src/tours/`: 省级医疗队巡回医疗 and "移动医院"巡诊): the rule checks with their figures,
 * the roster import, the `/巡回` card. Keys are `tours.<name>`.
 */
export const tourMessages = {
  'tours.rule.membersOk': { zh: '队员 {members} 人（不少于 {min} 人）✓', en: '{members} members (at least {min}) ✓' },
  'tours.rule.membersShort': { zh: '队员 {members} 人，少于 {min} 人', en: '{members} members, fewer than {min}' },
  'tours.rule.seniorOk': {
    zh: '副高及以上 {senior}/{members}，已过半 ✓',
    en: 'associate chief or above {senior}/{members}, over half ✓',
  },
  'tours.rule.seniorShort': {
    zh: '副高及以上 {senior}/{members}，未过半',
    en: 'associate chief or above {senior}/{members}, not over half',
  },
  'tours.rule.countiesOk': { zh: '巡回医疗县区 {counties} 个 ✓', en: '{counties} counties on tour ✓' },
  'tours.rule.countiesOff': {
    zh: '巡回医疗县区 {counties} 个，应为 {min}–{max} 个',
    en: '{counties} counties on tour; {min}–{max} expected',
  },
  'tours.rule.weakSpecialties': {
    zh: '专业与受援县薄弱专科（{county}）：{marks}',
    en: 'Specialties against the weak specialties of {county}: {marks}',
  },
  'tours.rule.weeksOk': {
    zh: '巡回 {weeks}/{min} 周（{days} 天）✓',
    en: '{weeks}/{min} weeks on tour ({days} days) ✓',
  },
  'tours.rule.weeksShort': {
    zh: '巡回 {weeks}/{min} 周（{days} 天），不足 {min} 周',
    en: '{weeks}/{min} weeks on tour ({days} days), short of {min} weeks',
  },
  'tours.rule.townshipsOk': { zh: '覆盖乡镇 {townships}/{min} ✓', en: '{townships}/{min} townships covered ✓' },
  'tours.rule.townshipsShort': {
    zh: '覆盖乡镇 {townships}/{min}，不足 {min} 个',
    en: '{townships}/{min} townships covered, fewer than {min}',
  },
  'tours.rule.windowOk': { zh: '巡回日期均在 {start} 至 {end} 之间 ✓', en: 'All tour days within {start} to {end} ✓' },
  'tours.rule.windowOutside': {
    zh: '{outside} 天不在 {start} 至 {end} 之间（最早 {first}）',
    en: '{outside} days outside {start} to {end} (first {first})',
  },
  'tours.rule.rosterDue.inTime': { zh: '名单 {filed} 已报（{due} 前）✓', en: 'Roster filed {filed} (due {due}) ✓' },
  'tours.rule.rosterDue.late': { zh: '名单 {filed} 才报，晚于 {due}', en: 'Roster filed {filed}, after {due}' },
  'tours.rule.rosterDue.missing': { zh: '名单未报（应于 {due} 前）', en: 'Roster not filed (due {due})' },
  'tours.rule.planDue.inTime': { zh: '方案 {filed} 已报（{due} 前）✓', en: 'Plan filed {filed} (due {due}) ✓' },
  'tours.rule.planDue.late': { zh: '方案 {filed} 才报，晚于 {due}', en: 'Plan filed {filed}, after {due}' },
  'tours.rule.planDue.missing': { zh: '方案未报（应于 {due} 前）', en: 'Plan not filed (due {due})' },
  'tours.rule.summaryDue.inTime': { zh: '总结 {filed} 已报（{due} 前）✓', en: 'Summary filed {filed} (due {due}) ✓' },
  'tours.rule.summaryDue.late': { zh: '总结 {filed} 才报，晚于 {due}', en: 'Summary filed {filed}, after {due}' },
  'tours.rule.summaryDue.missing': { zh: '总结未报（应于 {due} 前）', en: 'Summary not filed (due {due})' },
  'tours.rule.mobileOk': {
    zh: '“移动医院”巡诊 {tours}/{min} 次（每年至少 {min} 次）✓',
    en: 'Mobile-hospital tours {tours}/{min} (at least {min} a year) ✓',
  },
  'tours.rule.mobileShort': {
    zh: '“移动医院”巡诊 {tours}/{min} 次，每年至少 {min} 次',
    en: 'Mobile-hospital tours {tours}/{min}, at least {min} a year',
  },
  'tours.roster.unknownHospital': {
    zh: '表头“省属医院”写的是“{hospital}”，没有找到这家医院。请写医院全称后重新发送。',
    en: 'The 省属医院 of the header block, “{hospital}”, was not found. Write the hospital’s full name and resend.',
  },
  'tours.roster.ambiguousHospital': {
    zh: '“{hospital}”对应多家医院，请在表头“省属医院”写医院全称后重新发送。',
    en: '“{hospital}” matches several hospitals; write the full name in 省属医院 and resend.',
  },
  'tours.roster.noHospital': {
    zh: '名单没有写“省属医院”。请在表头填写派出医院的全称后重新发送。',
    en: 'The roster names no hospital: fill in 省属医院 in the header block and resend.',
  },
  'tours.roster.notYourHospital': {
    zh: '您不能报送“{hospital}”的医疗队名单：只有本院医务科联络员或其上级卫健部门可以报送。',
    en: 'You may not file the team roster of {hospital}: only its own coordinator or a bureau above it may.',
  },
  'tours.roster.noProgram': {
    zh: '目前没有进行中或将开始的省级医疗队巡回医疗项目，名单无处登记。',
    en: 'No provincial medical team tour program is running or coming up to file the roster in.',
  },
  'tours.roster.noName': { zh: '第 {row} 行：缺少医师姓名。', en: 'Row {row}: the name is missing.' },
  'tours.roster.badPhone': {
    zh: '第 {row} 行：联系电话“{phone}”不是有效的手机号。',
    en: 'Row {row}: “{phone}” is not a valid mobile number.',
  },
  'tours.roster.phoneTwice': {
    zh: '第 {row} 行：手机号 {phone} 与第 {first} 行重复。',
    en: 'Row {row}: mobile {phone} is already on row {first}.',
  },
  'tours.roster.unknownCounty': {
    zh: '第 {row} 行：没有找到巡回医疗县区“{county}”。请写县（市、区）全称，如“连江县”。',
    en: 'Row {row}: county “{county}” not found; write its full name, e.g. 连江县.',
  },
  'tours.roster.notTeamCounty': {
    zh: '第 {row} 行：{county} 不是本队的巡回医疗县区（本队：{counties}）。',
    en: 'Row {row}: {county} is not one of the team’s counties ({counties}).',
  },
  'tours.roster.phoneOfOther': {
    zh: '第 {row} 行：手机号 {phone} 已登记为“{name}”，与表中姓名不符。',
    en: 'Row {row}: mobile {phone} is registered to {name}, not the name in the table.',
  },
  'tours.roster.heading': {
    zh: '医疗队名单“{fileName}”：{hospital}，{program}，{members} 人（填报人 {filer}，联系方式 {contact}）',
    en: 'Team roster “{fileName}”: {hospital}, {program}, {members} members (filed by {filer}, contact {contact})',
  },
  'tours.roster.line': {
    zh: '第 {row} 行 {name} {post} {specialty} {county}（{state}）',
    en: 'Row {row} {name} {post} {specialty} {county} ({state})',
  },
  'tours.roster.leader': {
    zh: '[[teamLeader]]：{name}（第 {row} 行，导入后由其使用 /巡回安排 和 /队日志）',
    en: 'Team leader: {name} (row {row}; after the import they use /巡回安排 and /队日志)',
  },
  'tours.roster.leaderStays': {
    zh: '名单中没有职务/职称写“队长”的队员，现任[[teamLeader]] {name} 不变。',
    en: 'No member’s post reads 队长; the sitting team leader {name} stays.',
  },
  'tours.roster.noLeader': {
    zh: '名单中没有职务/职称写“队长”的队员，导入后本队暂无[[teamLeader]]。请在队长的职务/职称中写“队长”，如“队长/主任医师”。',
    en: 'No member’s post reads 队长, so the team will have no leader. Write 队长 in the leader’s post, e.g. 队长/主任医师.',
  },
  'tours.planFile.cardTitle': { zh: '巡回安排预览', en: 'Tour plan preview' },
  'tours.planFile.heading': {
    zh: '巡回安排“{fileName}”：{hospital} 医疗队',
    en: 'Tour plan “{fileName}”: the team of {hospital}',
  },
  'tours.planFile.line': {
    zh: '第 {row} 行 {date} {place}（{activity}）',
    en: 'Row {row} {date} {place} ({activity})',
  },
  'tours.planFile.rowProblem': { zh: '第 {row} 行：{text}', en: 'Row {row}: {text}' },
  'tours.planFile.badDate': {
    zh: '日期“{text}”无法识别，请写成 2026-12-09 或 12月9日。',
    en: 'The date “{text}” is not understood; write 2026-12-09 or 12月9日.',
  },
  'tours.planFile.dateTwice': {
    zh: '{date} 已在第 {first} 行安排，一天只能在一个地点。',
    en: '{date} is already planned in row {first}; a team works at one place a day.',
  },
  'tours.planFile.noPlace': {
    zh: '缺少地点，请写县级医院或乡镇卫生院的名称。',
    en: 'The place is missing; name a county hospital or township health center.',
  },
  'tours.planFile.applied': {
    zh: '已安排 {days} 天。队员 {members} 人的排班已更新，当天在该地签到。',
    en: '{days} days planned. The schedules of the {members} members are updated; they check in there.',
  },
  'tours.planFile.chatOnly': {
    zh: '这是巡回安排表：请由[[teamLeader]]在聊天中发送给巡诊助手，确认后生效。',
    en: 'This is a tour plan: the team leader sends it to the bot in chat and confirms it there.',
  },
  'tours.roster.stateNew': { zh: '新登记', en: 'new' },
  'tours.roster.stateKnown': { zh: '已登记', en: 'registered' },
  'tours.roster.rules': { zh: '规则检查（不影响导入）：', en: 'Rule checks (the import goes ahead regardless):' },
  'tours.roster.problems': {
    zh: '有 {count} 处问题，未导入。请改正后重新发送：',
    en: '{count} problems; nothing imported. Correct them and resend:',
  },
  'tours.roster.ready': { zh: '检查通过，确认后导入。', en: 'Checked; confirm to import.' },
  'tours.roster.cliApply': { zh: '检查通过。加 --apply 导入。', en: 'Checked. Add --apply to import.' },
  'tours.roster.cardTitle': { zh: '医疗队名单预览', en: 'Team roster preview' },
  'tours.roster.confirm': { zh: '确认导入', en: 'Import' },
  'tours.roster.applied': {
    zh: '名单已导入：{hospital} {members} 人，巡回医疗县区 {counties}。',
    en: 'Roster imported: {hospital}, {members} members, counties {counties}.',
  },
  'tours.roster.changed': {
    zh: '名单检查后数据已有变化，未导入。请重新发送文件。',
    en: 'The records changed since the check; nothing imported. Send the file again.',
  },
  'tours.roster.gone': { zh: '这份名单已导入或已失效。', en: 'This roster was already imported or has expired.' },
  'tours.card.title': { zh: '巡回医疗', en: 'Tours' },
  'tours.card.subtitle': { zh: '{program} · {today}', en: '{program} · {today}' },
  'tours.card.none': { zh: '您的范围内没有巡回医疗队。', en: 'No touring team in your scope.' },
  'tours.card.noProgram': { zh: '目前没有巡回医疗项目。', en: 'No tour program at present.' },
  'tours.card.filingDone': { zh: '已报', en: 'filed' },
  'tours.card.filingLate': { zh: '逾期', en: 'late' },
  'tours.card.filingOpen': { zh: '未报', en: 'open' },
  'tours.card.drill': { zh: '看 {team}', en: 'Open {team}' },
  'tours.card.column.teams': { zh: '医疗队', en: 'Teams' },
  'tours.card.column.team': { zh: '医疗队', en: 'Team' },
  'tours.card.column.county': { zh: '县区', en: 'County' },
  'tours.card.column.roster': { zh: '名单', en: 'Roster' },
  'tours.card.column.plan': { zh: '方案', en: 'Plan' },
  'tours.card.column.late': { zh: '逾期事项', en: 'Late' },
  'tours.card.column.lateTeams': { zh: '有逾期的队', en: 'Teams with late items' },
  'tours.card.teamTitle': { zh: '{team} 医疗队', en: 'Team of {team}' },
  'tours.card.teamSubtitle': { zh: '{program} · 队员 {members} 人', en: '{program} · {members} members' },
  'tours.card.leader': { zh: '（队长）', en: '(leader)' },
  'tours.card.checks': { zh: '**规则检查**', en: '**Rule checks**' },
  'tours.card.members': { zh: '**队员**', en: '**Members**' },
  'tours.card.upcoming': { zh: '**近 7 天安排**', en: '**Next 7 days**' },
  'tours.card.noUpcoming': { zh: '暂无安排', en: 'Nothing planned' },
  'tours.card.notFound': { zh: '没有找到这支医疗队，或不在您的范围内。', en: 'No such team in your scope.' },
  'tours.command.summary': {
    zh: '巡回医疗：各医疗队在各县区的周数、覆盖乡镇、今日在岗、名单和方案报送、逾期事项',
    en: 'Tours: each team per county — weeks, townships covered, members present today, roster and plan, what is late',
  },
  'tours.command.usage': {
    zh: '/巡回 [导出]（导出：总结表 .xlsx）；/巡回 总结 [医院]（登记该院已报送书面总结）；/巡回 流动医院 <车辆> <县区> <队长> [医院]（安排一次流动医院巡诊）',
    en: '/tours [导出] (导出: the summary as .xlsx); /tours 总结 [hospital] (the hospital filed its written summary); /tours 流动医院 <vehicle> <county> <leader> [hospital] (set up a mobile-hospital tour)',
  },
  'tours.summary.filed': {
    zh: '已登记：{hospital} 已报送{program}书面总结，总结报送提醒随之停止。',
    en: 'Filed: {hospital} has filed its written summary of {program}; the summary reminders stop.',
  },
  'tours.summary.noHospital': {
    zh: '您可查看的医疗队中没有“{text}”。请写医院名称，例如：/巡回 总结 福建省儿童医院',
    en: 'No team of “{text}” in your view. Name the hospital, e.g. /tours 总结 福建省儿童医院',
  },
  'tours.summary.whichHospital': {
    zh: '请写明是哪家医院的总结：{hospitals}。例如：/巡回 总结 福建省儿童医院',
    en: 'Which hospital’s summary? {hospitals}. E.g. /tours 总结 福建省儿童医院',
  },
  'tours.summary.forbidden': {
    zh: '{hospital}的总结由该院医务科或上级卫健部门联络员登记。',
    en: 'The summary of {hospital} is filed by its hospital coordinator or a health bureau coordinator above it.',
  },
  'tours.roster.problemsClosing': {
    zh: '请按上面的提示改正后重新发送文件。',
    en: 'Correct the rows above and send the file again.',
  },
  'tours.leader.grantByRoster': {
    zh: '{role}不用手工授权：导入医疗队名单时，职务/职称写“队长”的队员即为队长（如“队长/主任医师”）。',
    en: 'The {role} role is not granted by hand: the roster member whose post reads 队长 becomes the leader.',
  },
  'tours.leader.notLeader': {
    zh: '这个命令由医疗队队长使用。您不是正在进行的巡回医疗队的队长；如需设为队长，请联系本院医务科。',
    en: 'This command is for a touring team’s leader; you lead no current team. Ask your hospital’s coordinator.',
  },
  'tours.plan.summary': {
    zh: '队长：安排医疗队某几天在哪里工作',
    en: 'Team leader: where the team works on which days',
  },
  'tours.plan.usageLine': {
    zh: '/巡回安排 <日期…> <县级医院或乡镇卫生院> [活动]，例如 /巡回安排 12-09 12-10 连江东岭镇卫生院 义诊',
    en: '/tour-plan <dates…> <county hospital or township health center> [activity], e.g. /tour-plan 12-09 12-10 连江东岭镇卫生院 义诊',
  },
  'tours.plan.usage': {
    zh: '请写日期和地点，例如 /巡回安排 12-09 12-10 连江东岭镇卫生院 义诊。',
    en: 'Give dates and a place, e.g. /tour-plan 12-09 12-10 连江东岭镇卫生院 义诊.',
  },
  'tours.plan.unknownPlace': {
    zh: '本队巡回医疗县区（{counties}）中没有找到“{place}”。请写县级医院或乡镇卫生院的名称。',
    en: '“{place}” was not found in the team’s counties ({counties}); name a county hospital or township health center.',
  },
  'tours.plan.outsideWindow': {
    zh: '{date} 不在巡回医疗时间内（{start} 至 {end}）。',
    en: '{date} is outside the tour window ({start} to {end}).',
  },
  'tours.plan.filed': {
    zh: '已安排：{dates} 在 {place}（{activity}）。队员 {members} 人的排班已更新，当天在该地签到。',
    en: 'Planned: {dates} at {place} ({activity}). The schedules of the {members} members are updated; they check in there.',
  },
  'tours.plan.clash': {
    zh: '注意：{name} {date} 已有其他排班，这一天未给 TA 安排。',
    en: 'Note: {name} is planned elsewhere on {date}; not planned for that day.',
  },
  'tours.day.summary': {
    zh: '队长：记录医疗队当天的在岗队员和工作量',
    en: 'Team leader: the team’s day, members present and figures',
  },
  'tours.day.usage': {
    zh: '/队日志 [日期] 在岗 <队员姓名…> 诊疗30 讲座1 培训12 查房1 病例讨论1 远程2',
    en: '/team-day [date] 在岗 <member names…> 诊疗30 讲座1 培训12 查房1 病例讨论1 远程2',
  },
  'tours.day.future': { zh: '{date} 还没到，不能记录。', en: '{date} has not come yet.' },
  'tours.day.badFigures': {
    zh: '工作量没有读懂：“{text}”。请写成 诊疗30 讲座1 培训12 这样的“项目+数字”。',
    en: 'The figures “{text}” were not understood; write them as 诊疗30 讲座1 培训12.',
  },
  'tours.day.noMembers': {
    zh: '请写出当天在岗的队员姓名（本队：{names}）。',
    en: 'Name the members present that day (the team: {names}).',
  },
  'tours.day.notPlanned': {
    zh: '{date} 本队没有安排巡回地点，请先用 /巡回安排 安排。',
    en: 'The team has no place planned on {date}; plan it first with /tour-plan.',
  },
  'tours.day.recorded': {
    zh: '已记录 {date} 在 {place}：在岗 {members} 人，诊疗 {patients} 人次（第 {version} 版）。',
    en: 'Recorded {date} at {place}: {members} members present, {patients} patients (version {version}).',
  },
  'tours.export.sheet': { zh: '巡回医疗总结', en: 'Tour summary' },
  'tours.export.title': { zh: '{program}工作总结', en: '{program}: summary' },
  'tours.export.filer': { zh: '填报人：{filer}', en: 'Filed by: {filer}' },
  'tours.export.date': { zh: '统计日期：{date}', en: 'As of: {date}' },
  'tours.export.serial': { zh: '序号', en: 'No.' },
  'tours.export.total': { zh: '合计', en: 'Total' },
  'tours.export.footer': {
    zh: '单位负责人：          审核人：          填报人：',
    en: 'Head:          Checked by:          Filed by:',
  },
  'tours.export.column.members': { zh: '队员人数', en: 'Members' },
  'tours.export.section.results': { zh: '一、工作成效（由医院填写）', en: '1. Results (filled in by the hospital)' },
  'tours.export.section.practice': { zh: '二、经验做法', en: '2. Practice and lessons' },
  'tours.export.section.problems': { zh: '三、存在问题', en: '3. Problems' },
  'tours.export.section.next': { zh: '四、下一步打算', en: '4. Next steps' },
  'tours.card.mobileTitle': { zh: '**流动医院巡诊**（{program}）', en: '**Mobile-hospital tours** ({program})' },
  'tours.card.mobileNone': { zh: '您的范围内还没有流动医院巡诊。', en: 'No mobile-hospital tour in your scope yet.' },
  'tours.card.column.tour': { zh: '巡诊', en: 'Tour' },
  'tours.card.column.vehicle': { zh: '车辆', en: 'Vehicle' },
  'tours.mobile.name': { zh: '{hospital} {label}', en: '{hospital} {label}' },
  'tours.mobile.label': { zh: '第{n}次流动医院巡诊', en: 'Mobile tour {n}' },
  'tours.mobile.leaderPost': { zh: '队长', en: 'Leader' },
  'tours.mobile.usage': {
    zh: '请写车辆、县区和队长，例如 /巡回 流动医院 闽A·12345 连江县 张三（区域联络员另写医院：/巡回 流动医院 闽A·12345 连江县 张三 福建省立医院）。',
    en: 'Give the vehicle, the county and the leader, e.g. /tours 流动医院 闽A·12345 连江县 张三 (a region coordinator adds the hospital).',
  },
  'tours.mobile.noProgram': {
    zh: '目前没有进行中的流动医院（“移动医院”巡诊）项目，请先由管理员建立项目。',
    en: 'No mobile-hospital program is running; an administrator sets one up first.',
  },
  'tours.mobile.unknownHospital': {
    zh: '没有找到医院“{hospital}”。请写医院全称，例如：/巡回 流动医院 闽A·12345 连江县 张三 福建省立医院',
    en: 'No hospital “{hospital}”. Write its full name at the end.',
  },
  'tours.mobile.ambiguousHospital': {
    zh: '“{hospital}”对应多家医院，请写医院全称。',
    en: '“{hospital}” matches several hospitals; write the full name.',
  },
  'tours.mobile.noHospital': {
    zh: '请在最后写派出医院，例如：/巡回 流动医院 闽A·12345 连江县 张三 福建省立医院',
    en: 'Name the hospital at the end, e.g. /tours 流动医院 闽A·12345 连江县 张三 福建省立医院',
  },
  'tours.mobile.notYourHospital': {
    zh: '您不能为“{name}”安排流动医院巡诊：只有本院医务科联络员或其上级卫健部门可以安排。',
    en: 'You may not set up a mobile-hospital tour of {name}: only its own coordinator or a bureau above it may.',
  },
  'tours.mobile.unknownCounty': {
    zh: '没有找到县区“{county}”。请写县区全称，例如 连江县。',
    en: 'No county “{county}”. Write its full name, e.g. 连江县.',
  },
  'tours.mobile.unknownLeader': {
    zh: '{hospital}没有登记“{name}”。队长须是本院已登记的人员，请先导入或登记后再安排。',
    en: '{hospital} has no registered “{name}”. The leader must be registered at the hospital first.',
  },
  'tours.mobile.ambiguousLeader': {
    zh: '{hospital}有多名“{name}”，无法确定队长。请联系管理员区分后再安排。',
    en: '{hospital} has several people named “{name}”; ask an administrator to tell them apart first.',
  },
  'tours.mobile.busy': {
    zh: '同时有其他流动医院巡诊正在登记，请稍后再发一次。',
    en: 'Another mobile-hospital tour is being set up at the same moment; please send it again.',
  },
  'tours.mobile.created': {
    zh: '已安排：{hospital} {label}，车辆 {vehicle}，{county}，队长 {leader}。请队长用 /巡回安排 报送巡诊日程（或发送安排表），队员到点签到；/巡回 可查看。',
    en: 'Set up: {hospital} {label}, vehicle {vehicle}, {county}, leader {leader}. The leader files the days with /tour-plan (or a plan file); /tours shows it.',
  },
  'tours.crew.summary': {
    zh: '流动医院队长：添加或移出本次巡诊的队员',
    en: 'Mobile-hospital leader: add crew members to the tour or take them off',
  },
  'tours.crew.usage': {
    zh: '/队员 <姓名…>，例如 /队员 张三 李四（须是本院已登记的人员）；/队员 移除 <姓名…> 移出队员',
    en: '/crew <names…>, e.g. /crew 张三 李四 (registered people of the hospital); /crew remove <names…> takes members off',
  },
  'tours.crew.removeUsage': {
    zh: '请写出要移出的队员姓名，例如 /队员 移除 张三',
    en: 'Name the crew members to take off, e.g. /crew remove 张三',
  },
  'tours.crew.notOnCrew': {
    zh: '{names} 不是{label}的队员，未作改动。现有队员：{crew}。',
    en: '{names} not on the {label} crew; nothing changed. Crew: {crew}.',
  },
  'tours.crew.leaderStays': {
    zh: '队长不能把自己移出队员。如需更换队长，请医院联络员 /撤销 队长后重新安排。',
    en: 'The leader cannot take themselves off the crew. To change leaders, the hospital’s coordinator revokes the leader (/revoke) and sets the tour up again.',
  },
  'tours.crew.removed': {
    zh: '已将 {removed} 移出{label}，其已有的服务记录保留，之后的日程不再安排。现有队员：{crew}。',
    en: '{removed} taken off the {label} crew; their records stay, later plan days no longer include them. Crew: {crew}.',
  },
  'tours.crew.post': { zh: '队员', en: 'Crew' },
  'tours.crew.notMobile': {
    zh: '/队员 用于流动医院巡诊；省级医疗队的队员以附件2名单为准，请医院联络员重新报送名单。',
    en: '/crew is for mobile-hospital tours; a provincial team’s members are its annex-2 roster, which the hospital’s coordinator files again.',
  },
  'tours.crew.unknown': {
    zh: '{hospital}没有登记：{names}。队员须是本院已登记的人员，请先导入或登记后再添加。',
    en: '{hospital} has no registered {names}. Crew members must be registered at the hospital first.',
  },
  'tours.crew.ambiguous': {
    zh: '{hospital}有多名同名人员：{names}，无法确定是哪一位。请联系管理员区分后再添加。',
    en: '{hospital} has several people named {names}; ask an administrator to tell them apart first.',
  },
  'tours.crew.added': {
    zh: '已更新{label}的队员，现有：{crew}。新队员按已报送的日程到点签到。',
    en: '{label} crew updated, now: {crew}. New members check in where the filed plan sends them.',
  },
  'tours.crew.nothingNew': {
    zh: '{already} 已是{label}的队员，没有新增。现有：{crew}。',
    en: '{already} already on the {label} crew; nothing added. Crew: {crew}.',
  },
  'tours.export.fileName': { zh: '巡回医疗总结-{date}.xlsx', en: 'tour-summary-{date}.xlsx' },
} satisfies Record<string, Text>;
