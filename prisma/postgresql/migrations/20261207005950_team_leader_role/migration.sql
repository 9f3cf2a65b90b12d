-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'TEAM_LEADER';

-- AlterTable
ALTER TABLE "role_grants" ADD COLUMN     "tour_team_id" INTEGER;

-- CreateIndex
CREATE INDEX "role_grants_tour_team_id_idx" ON "role_grants"("tour_team_id");

-- AddForeignKey
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_tour_team_id_fkey" FOREIGN KEY ("tour_team_id") REFERENCES "tour_teams"("id") ON DELETE SET NULL ON UPDATE CASCADE;
