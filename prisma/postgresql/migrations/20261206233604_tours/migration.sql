-- CreateTable
CREATE TABLE "tour_teams" (
    "id" SERIAL NOT NULL,
    "program_id" INTEGER NOT NULL,
    "hospital_id" INTEGER NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "leader_id" INTEGER,
    "specialty_alone" BOOLEAN NOT NULL DEFAULT false,
    "vehicle" TEXT,
    "filer_name" TEXT NOT NULL DEFAULT '',
    "filer_phone" TEXT NOT NULL DEFAULT '',
    "roster_filed_at" TIMESTAMP(3),
    "plan_filed_at" TIMESTAMP(3),
    "summary_filed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tour_teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tour_team_counties" (
    "id" SERIAL NOT NULL,
    "team_id" INTEGER NOT NULL,
    "region_id" INTEGER NOT NULL,

    CONSTRAINT "tour_team_counties_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tour_team_members" (
    "id" SERIAL NOT NULL,
    "team_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "post" TEXT NOT NULL DEFAULT '',
    "specialty" TEXT NOT NULL DEFAULT '',
    "county_id" INTEGER,
    "manager" BOOLEAN NOT NULL DEFAULT false,
    "removed_at" TIMESTAMP(3),

    CONSTRAINT "tour_team_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tour_plan_days" (
    "id" SERIAL NOT NULL,
    "team_id" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "institution_id" INTEGER NOT NULL,
    "activity" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "tour_plan_days_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tour_presences" (
    "id" SERIAL NOT NULL,
    "plan_day_id" INTEGER NOT NULL,
    "person_id" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "service_day_id" INTEGER,
    "recorded_by_id" INTEGER,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tour_presences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tour_day_records" (
    "id" SERIAL NOT NULL,
    "plan_day_id" INTEGER NOT NULL,
    "patients" INTEGER NOT NULL DEFAULT 0,
    "lectures" INTEGER NOT NULL DEFAULT 0,
    "training" INTEGER NOT NULL DEFAULT 0,
    "teaching_rounds" INTEGER NOT NULL DEFAULT 0,
    "case_discussions" INTEGER NOT NULL DEFAULT 0,
    "remote_services" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "recorded_by_id" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tour_day_records_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tour_teams_program_id_hospital_id_label_key" ON "tour_teams"("program_id", "hospital_id", "label");

-- CreateIndex
CREATE INDEX "tour_team_counties_region_id_idx" ON "tour_team_counties"("region_id");

-- CreateIndex
CREATE UNIQUE INDEX "tour_team_counties_team_id_region_id_key" ON "tour_team_counties"("team_id", "region_id");

-- CreateIndex
CREATE INDEX "tour_team_members_person_id_idx" ON "tour_team_members"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "tour_team_members_team_id_person_id_key" ON "tour_team_members"("team_id", "person_id");

-- CreateIndex
CREATE INDEX "tour_plan_days_date_idx" ON "tour_plan_days"("date");

-- CreateIndex
CREATE UNIQUE INDEX "tour_plan_days_team_id_date_key" ON "tour_plan_days"("team_id", "date");

-- CreateIndex
CREATE INDEX "tour_presences_person_id_idx" ON "tour_presences"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "tour_presences_plan_day_id_person_id_key" ON "tour_presences"("plan_day_id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "tour_day_records_plan_day_id_key" ON "tour_day_records"("plan_day_id");

-- AddForeignKey
ALTER TABLE "tour_teams" ADD CONSTRAINT "tour_teams_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tour_teams" ADD CONSTRAINT "tour_teams_hospital_id_fkey" FOREIGN KEY ("hospital_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tour_team_counties" ADD CONSTRAINT "tour_team_counties_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "tour_teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tour_team_counties" ADD CONSTRAINT "tour_team_counties_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tour_team_members" ADD CONSTRAINT "tour_team_members_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "tour_teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tour_team_members" ADD CONSTRAINT "tour_team_members_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tour_plan_days" ADD CONSTRAINT "tour_plan_days_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "tour_teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tour_plan_days" ADD CONSTRAINT "tour_plan_days_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tour_presences" ADD CONSTRAINT "tour_presences_plan_day_id_fkey" FOREIGN KEY ("plan_day_id") REFERENCES "tour_plan_days"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tour_presences" ADD CONSTRAINT "tour_presences_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tour_day_records" ADD CONSTRAINT "tour_day_records_plan_day_id_fkey" FOREIGN KEY ("plan_day_id") REFERENCES "tour_plan_days"("id") ON DELETE CASCADE ON UPDATE CASCADE;
