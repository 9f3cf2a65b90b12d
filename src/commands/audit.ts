import type { CommandDefinition } from '../core/context.js';
import { auditPageCard } from '../coordinator/audit-view.js';
import { usageExamples } from '../coordinator/usage-examples.js';

/**
 * `/审计` (`audit`) for coordinators: the latest audit entries in their scope (assignments, imports,
 * report submissions, reminders sent, grants …) with who, when, what and on which record; `更早` pages
 * back. Takes a narrower scope by name: `/审计 漳平市`.
 */
export const auditCommand: CommandDefinition = {
  name: '审计',
  aliases: ['audit'],
  summaryKey: 'coordinator.audit.summary',
  usageKey: 'coordinator.audit.usage',
  usageExamples,
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, args) {
    await ctx.replyCard(await auditPageCard(ctx, args.tokens));
  },
};
