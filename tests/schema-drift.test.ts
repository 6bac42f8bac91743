import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ClientBase } from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { withPgClient } from "@/lib/db/provision";
import { Prisma } from "@/lib/generated/prisma/client";
import * as generatedEnums from "@/lib/generated/prisma/enums";
import { describeSchemaFromDatamodel, diffSchemas, type SchemaShape } from "@/tests/helpers/schema-drift";
import { readDatabaseSchema } from "@/tests/helpers/schema-drift-db";
import { getDatamodel, type Datamodel } from "@/tests/helpers/schema-drift-dmmf";

// The migrations are hand-written SQL (the native engine behind `prisma migrate diff` is unavailable offline), so
// nothing else stops schema.prisma and the database from drifting apart. This suite is that check.
const SCHEMA_PATH = path.resolve(process.cwd(), "prisma/schema.prisma");

let schemaText = "";
let datamodel: Datamodel;
let expected: SchemaShape;

beforeAll(async () => {
  schemaText = await readFile(SCHEMA_PATH, "utf8");
  datamodel = await getDatamodel(schemaText);
  expected = describeSchemaFromDatamodel(datamodel);
});

/** Runs `ddl` inside a transaction that is always rolled back, and describes the schema as `ddl` left it. */
async function readSchemaAfter(ddl: string[]): Promise<SchemaShape> {
  return withPgClient(inject("databaseUrl"), async (client: ClientBase) => {
    await client.query("BEGIN");
    try {
      for (const statement of ddl) await client.query(statement);
      return await readDatabaseSchema(client);
    } finally {
      await client.query("ROLLBACK");
    }
  });
}

/** Applies `edit` to one `model X { … }` or `enum X { … }` block, failing if it changed nothing (a vacuous self-test). */
function editBlock(schema: string, header: string, edit: (block: string) => string): string {
  const match = new RegExp(`^${header} \\{[\\s\\S]*?^\\}`, "m").exec(schema);
  if (!match) throw new Error(`schema.prisma has no block "${header}"`);
  const edited = edit(match[0]);
  if (edited === match[0]) throw new Error(`the edit to "${header}" changed nothing; update this self-test`);
  return schema.replace(match[0], edited);
}

describe("schema.prisma and the migrated database", () => {
  it("agree on every table, column, type, default, key, index and foreign key", async () => {
    const actual = await withPgClient(inject("databaseUrl"), readDatabaseSchema);
    // Guards against an empty description on either side making the comparison pass trivially.
    expect(Object.keys(expected.tables).length).toBe(datamodel.models.length);
    expect(Object.keys(actual.tables).length).toBeGreaterThan(0);
    expect(diffSchemas(expected, actual)).toEqual([]);
  });

  it("match the generated client (run `npm run db:generate` after editing the schema)", () => {
    const client = Prisma as unknown as Record<string, Record<string, string>>;
    const enums = generatedEnums as unknown as Record<string, Record<string, string>>;
    expect(Object.values(Prisma.ModelName).sort()).toEqual(datamodel.models.map((m) => m.name).sort());
    for (const model of datamodel.models) {
      const scalars = model.fields.filter((f) => f.kind !== "object").map((f) => f.name);
      expect(Object.values(client[`${model.name}ScalarFieldEnum`] ?? {}), model.name).toEqual(scalars);
    }
    for (const e of datamodel.enums) {
      expect(Object.values(enums[e.name] ?? {}), e.name).toEqual(e.values.map((v) => v.name));
    }
  });
});

// The comparison above is only worth something if it can fail. These cases drift each side on purpose.
describe("the drift check", () => {
  it("reports a database that departs from schema.prisma", async () => {
    const drifted = await readSchemaAfter([
      `ALTER TABLE "Claim" DROP COLUMN "priority"`,
      `ALTER TABLE "User" ALTER COLUMN "name" DROP NOT NULL`,
      `ALTER TABLE "User" ALTER COLUMN "locale" DROP DEFAULT`,
      `ALTER TABLE "Claim" ALTER COLUMN "dueAt" TYPE timestamp(3)`,
      `DROP INDEX "Claim_score_id_idx"`,
      `DROP INDEX "User_email_key"`,
      `DROP INDEX "Claim_status_score_id_idx"`,
      `CREATE INDEX "Claim_status_score_id_idx" ON "Claim" ("status", "score", "id")`,
      `ALTER TABLE "Comment" DROP CONSTRAINT "Comment_claimId_fkey"`,
      `ALTER TABLE "Comment" ADD CONSTRAINT "Comment_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id")
         ON DELETE RESTRICT ON UPDATE CASCADE`,
      `ALTER TYPE "Rating" ADD VALUE 'SATIRE' BEFORE 'TRUE'`,
      `CREATE TABLE "Stray" ("id" integer PRIMARY KEY)`,
    ]);
    expect(diffSchemas(expected, drifted).sort()).toEqual(
      [
        `enum "Rating": values (TRUE, MOSTLY_TRUE, MIXED, MISLEADING, MOSTLY_FALSE, FALSE, UNVERIFIABLE) in schema.prisma ` +
          `but (SATIRE, TRUE, MOSTLY_TRUE, MIXED, MISLEADING, MOSTLY_FALSE, FALSE, UNVERIFIABLE) in the database`,
        `table "Claim" column priority: in schema.prisma but missing from the database`,
        `table "Claim" column "dueAt": type is timestamp(3) with time zone in schema.prisma but timestamp(3) without time zone in the database`,
        `table "Claim" index "Claim_score_id_idx": in schema.prisma but missing from the database`,
        `table "Claim" index "Claim_status_score_id_idx": columns is (status, score DESC, id) in schema.prisma but (status, score, id) in the database`,
        `table "Comment" foreign key (claimId): onDelete is Cascade in schema.prisma but Restrict in the database`,
        `table "User" column name: notNull is true in schema.prisma but false in the database`,
        `table "User" column locale: default is 'ar'::text in schema.prisma but null in the database`,
        `table "User" index "User_email_key": in schema.prisma but missing from the database`,
        `table "Stray": in the database but not in schema.prisma`,
      ].sort(),
    );
  });

  it("reports a schema.prisma that departs from the database", async () => {
    let drifted = editBlock(schemaText, "model Article", (b) => b.replace(/(\n\s+outlet\s+String)\?/, "$1"));
    drifted = editBlock(drifted, "model Claim", (b) =>
      b.replace("@@index([dueAt, id])", "@@index([dueAt(sort: Desc), id])").replace(/\n\}$/, "\n  reviewedAt DateTime?\n}"),
    );
    drifted = editBlock(drifted, "model Comment", (b) => b.replace(/(@relation\(fields: \[claimId\][^)]*), onDelete: Cascade/, "$1"));
    drifted = editBlock(drifted, "model User", (b) => b.replace(/(\n\s+email\s+String\s+)@unique/, "$1"));
    drifted = editBlock(drifted, "model Verdict", (b) => b.replace(/(\n\s+revision\s+Int)/, "$1 @db.SmallInt"));
    drifted = editBlock(drifted, "enum Stance", (b) => b.replace("CONTEXT", "CONTEXT\n  SATIRE"));
    const actual = await withPgClient(inject("databaseUrl"), readDatabaseSchema);
    expect(diffSchemas(describeSchemaFromDatamodel(await getDatamodel(drifted)), actual).sort()).toEqual(
      [
        `enum "Stance": values (SUPPORTS, REFUTES, CONTEXT, SATIRE) in schema.prisma but (SUPPORTS, REFUTES, CONTEXT) in the database`,
        `table "Article" column outlet: notNull is true in schema.prisma but false in the database`,
        `table "Claim" column "reviewedAt": in schema.prisma but missing from the database`,
        `table "Claim" index "Claim_dueAt_id_idx": columns is (dueAt DESC, id) in schema.prisma but (dueAt, id) in the database`,
        `table "Comment" foreign key (claimId): onDelete is Restrict in schema.prisma but Cascade in the database`,
        `table "User" index "User_email_key": in the database but not in schema.prisma`,
        `table "Verdict" column revision: type is smallint in schema.prisma but integer in the database`,
      ].sort(),
    );
  });
});
