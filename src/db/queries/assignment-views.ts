import type { Prisma } from '../../generated/sqlite/client.js';

/** What assignment queries load with an assignment: its planned dates in order, the clinic, the physician. */
export const assignmentDetailInclude = {
  plannedDates: { orderBy: { date: 'asc' } },
  institution: true,
  physician: true,
} satisfies Prisma.AssignmentInclude;

/** An assignment with its planned dates (ascending), recipient institution and physician. */
export type AssignmentDetail = Prisma.AssignmentGetPayload<{ include: typeof assignmentDetailInclude }>;
