-- AlterTable
ALTER TABLE "assignment_planned_dates" ADD COLUMN "physician_id" INTEGER;

-- Backfill (hand-written, see prisma/HAND-SQL-s3-sec.md): each active assignment's planned dates carry its
-- physician, and where old data already double-booked a physician, only the earliest row claims the day.
UPDATE "assignment_planned_dates" SET "physician_id" = (
  SELECT a."physician_id" FROM "assignments" a WHERE a."id" = "assignment_planned_dates"."assignment_id"
)
WHERE "id" IN (
  SELECT MIN(d."id") FROM "assignment_planned_dates" d JOIN "assignments" a ON a."id" = d."assignment_id"
  WHERE a."status" = 'ACTIVE' GROUP BY a."physician_id", d."date"
);

-- CreateIndex
CREATE UNIQUE INDEX "assignment_planned_dates_physician_id_date_key" ON "assignment_planned_dates"("physician_id", "date");
