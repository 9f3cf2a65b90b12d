-- AlterTable
ALTER TABLE "audit_log" ADD COLUMN     "supporting_institution_id" INTEGER;

-- CreateIndex
CREATE INDEX "audit_log_supporting_institution_id_idx" ON "audit_log"("supporting_institution_id");

-- Backfill: the supporting hospital of the physician each existing entry concerns (by its record).
UPDATE "audit_log" SET "supporting_institution_id" = (
  SELECT p."home_institution_id" FROM "assignments" a JOIN "people" p ON p."id" = a."physician_id"
  WHERE CAST(a."id" AS TEXT) = "audit_log"."entity_id"
) WHERE "entity" = 'Assignment';
UPDATE "audit_log" SET "supporting_institution_id" = (
  SELECT p."home_institution_id" FROM "service_day_corrections" c JOIN "people" p ON p."id" = c."physician_id"
  WHERE CAST(c."id" AS TEXT) = "audit_log"."entity_id"
) WHERE "entity" = 'ServiceDayCorrection';
UPDATE "audit_log" SET "supporting_institution_id" = (
  SELECT p."home_institution_id" FROM "service_days" d JOIN "people" p ON p."id" = d."physician_id"
  WHERE CAST(d."id" AS TEXT) = "audit_log"."entity_id"
) WHERE "entity" = 'ServiceDay';
