-- Which verdict revision each claim's public report shows, and when the claim first appeared on it.

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "publishedVerdictId" UUID,
ADD COLUMN "firstPublishedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE UNIQUE INDEX "Claim_publishedVerdictId_key" ON "Claim"("publishedVerdictId");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_publishedVerdictId_fkey" FOREIGN KEY ("publishedVerdictId") REFERENCES "Verdict"("id") ON DELETE SET NULL ON UPDATE CASCADE;
