import type { ClientBase } from "pg";
import {
  IGNORED_TABLES,
  quoteIdent,
  type ReferentialAction,
  type SchemaShape,
  type TableShape,
} from "@/tests/helpers/schema-drift";

/**
 * Reads the schema the migrations produced straight from pg_catalog, in the same shape schema-drift.ts builds from
 * schema.prisma. Only the connection's current schema is read (Prisma's `public` unless the URL says otherwise).
 * information_schema is avoided on purpose: it hides index sort order, enum label order and constraints on objects the
 * connecting role does not own.
 */

const ENUMS = `
  SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
  FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE n.nspname = current_schema()
  GROUP BY t.typname`;

const TABLES = `
  SELECT c.relname AS name
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`;

const COLUMNS = `
  SELECT c.relname AS table, a.attname AS name, a.attnotnull AS not_null, a.attidentity AS identity,
         a.attgenerated AS generated, format_type(a.atttypid, a.atttypmod) AS type,
         (coalesce(et.typtype, t.typtype) = 'e') AS is_enum, coalesce(et.typname, t.typname) AS base_type,
         (et.oid IS NOT NULL) AS is_array, pg_get_expr(d.adbin, d.adrelid) AS default
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_type et ON t.typcategory = 'A' AND et.oid = t.typelem
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
  ORDER BY c.relname, a.attnum`;

// indoption bit 0 is DESC, bit 1 NULLS FIRST; Postgres's defaults are NULLS LAST for ASC and NULLS FIRST for DESC,
// which is also what Prisma creates, so only a departure from them is spelled out.
const INDEXES = `
  SELECT t.relname AS table, i.relname AS name, ix.indisprimary AS primary, ix.indisunique AS unique,
         am.amname AS method, pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
         ix.indnatts - ix.indnkeyatts AS included,
         ARRAY(
           SELECT CASE WHEN k.attnum = 0 THEN pg_get_indexdef(ix.indexrelid, k.ord::int, true) ELSE a.attname::text END
               || CASE ix.indoption[k.ord - 1] & 3
                    WHEN 1 THEN ' DESC NULLS LAST' WHEN 2 THEN ' NULLS FIRST' WHEN 3 THEN ' DESC' ELSE '' END
           FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
           LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
           WHERE k.ord <= ix.indnkeyatts
           ORDER BY k.ord
         ) AS columns
  FROM pg_index ix
  JOIN pg_class i ON i.oid = ix.indexrelid
  JOIN pg_class t ON t.oid = ix.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  JOIN pg_am am ON am.oid = i.relam
  WHERE n.nspname = current_schema()`;

const FOREIGN_KEYS = `
  SELECT t.relname AS table, rt.relname AS referenced_table, c.confdeltype AS on_delete, c.confupdtype AS on_update,
         ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
         ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS referenced_columns
  FROM pg_constraint c
  JOIN pg_class t ON t.oid = c.conrelid
  JOIN pg_class rt ON rt.oid = c.confrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  WHERE c.contype = 'f' AND n.nspname = current_schema()`;

const ACTIONS: Record<string, ReferentialAction> = {
  a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault",
};

function normalizeDefault(expr: string | null, identity: string): string | null {
  // A serial's nextval() and an identity column are both what Prisma calls autoincrement().
  if (identity !== "" || expr?.startsWith("nextval(")) return "autoincrement()";
  // now() and CURRENT_TIMESTAMP are the same function; Prisma Migrate writes the latter.
  if (expr === "now()") return "CURRENT_TIMESTAMP";
  return expr;
}

function actionOf(code: string): ReferentialAction {
  const action = ACTIONS[code];
  if (!action) throw new Error(`Unknown pg_constraint referential action code ${code}`);
  return action;
}

/** The current schema of the database `client` is connected to. */
export async function readDatabaseSchema(client: ClientBase): Promise<SchemaShape> {
  const shape: SchemaShape = { enums: {}, tables: {} };
  const tableOf = (name: string): TableShape | undefined => (IGNORED_TABLES.has(name) ? undefined : shape.tables[name]);

  for (const row of (await client.query<{ name: string; labels: string[] }>(ENUMS)).rows) {
    shape.enums[row.name] = row.labels;
  }
  for (const { name } of (await client.query<{ name: string }>(TABLES)).rows) {
    if (!IGNORED_TABLES.has(name)) shape.tables[name] = { columns: {}, indexes: {}, foreignKeys: {} };
  }
  for (const row of (await client.query(COLUMNS)).rows) {
    const table = tableOf(row.table);
    if (!table) continue;
    const base = row.is_enum ? `enum ${quoteIdent(row.base_type)}` : null;
    table.columns[row.name] = {
      type: base ? `${base}${row.is_array ? "[]" : ""}` : row.type,
      notNull: row.not_null,
      // A generated column is computed, not defaulted; showing its expression makes that drift readable.
      default: row.generated ? `GENERATED ALWAYS AS ${row.default}` : normalizeDefault(row.default, row.identity),
    };
  }
  for (const row of (await client.query(INDEXES)).rows) {
    const table = tableOf(row.table);
    if (!table) continue;
    const extra = [row.predicate && `WHERE ${row.predicate}`, row.included > 0 && `INCLUDE ${row.included} columns`];
    table.indexes[row.name] = {
      primary: row.primary,
      unique: row.unique,
      method: row.method,
      columns: row.columns,
      extra: extra.filter(Boolean).join(" ") || null,
    };
  }
  for (const row of (await client.query(FOREIGN_KEYS)).rows) {
    const table = tableOf(row.table);
    if (!table) continue;
    table.foreignKeys[(row.columns as string[]).join(", ")] = {
      referencedTable: row.referenced_table,
      referencedColumns: row.referenced_columns,
      onDelete: actionOf(row.on_delete),
      onUpdate: actionOf(row.on_update),
    };
  }
  return shape;
}
