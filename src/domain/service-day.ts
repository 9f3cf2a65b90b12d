/**
 * How a service day stands, as the domain names it (the `Verification` and `ConfirmationStatus` enums of
 * `prisma/models.prisma`, which the generated client's types equal).
 */

/** Whether the check-in was proven (a location inside the geofence) or only typed. */
export type Verification = 'VERIFIED' | 'UNVERIFIED';

/** The clinic head's answer to "did this physician really come". */
export type ConfirmationStatus = 'PENDING' | 'CONFIRMED' | 'DISPUTED';

/** How a check point was made: a location message, text, a card button, a 补卡 correction, or a check-in page reading (DEVICE). */
export type CheckMethod = 'LOCATION' | 'TEXT' | 'CARD_BUTTON' | 'CORRECTION' | 'DEVICE';
