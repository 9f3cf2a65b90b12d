import type { Prisma } from '../../generated/sqlite/client.js';

/** What service-day listings load with a day: the clinic and the physician. */
export const serviceDayDetailInclude = {
  institution: true,
  physician: true,
} satisfies Prisma.ServiceDayInclude;

/** A service day with its recipient institution and physician. */
export type ServiceDayDetail = Prisma.ServiceDayGetPayload<{ include: typeof serviceDayDetailInclude }>;
