import type { CommandDefinition } from '../core/context.js';
import { staffingTemplateWorkbook, TEMPLATE_FILE_NAME } from '../coordinator/staffing-table/template.js';

/** `/模板` (`template`): sends the staffing-table template (.xlsx with a sheet of rules) to fill in and send back. */
export const templateCommand: CommandDefinition = {
  name: '模板',
  aliases: ['template'],
  summaryKey: 'coordinatorImport.template.summary',
  usageKey: 'coordinatorImport.template.usage',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx) {
    await ctx.replyFile(TEMPLATE_FILE_NAME, await staffingTemplateWorkbook(ctx.locale));
    await ctx.reply(ctx.t('coordinatorImport.template.sent'));
  },
};
