import type { Datamodel, DmmfField, DmmfModel } from "@/tests/helpers/schema-drift-dmmf";

/**
 * One neutral description of a PostgreSQL schema, built twice — from schema.prisma's DMMF (what Prisma expects) and
 * from pg_catalog (what the migrations produced) — so the comparison is a plain diff of two values. Types and
 * defaults use Postgres's own spelling (format_type, pg_get_expr), so the database side needs no interpretation.
 */
export interface SchemaShape {
  enums: Record<string, string[]>;
  tables: Record<string, TableShape>;
}

export interface TableShape {
  columns: Record<string, ColumnShape>;
  /** Keyed by index name, primary key included. */
  indexes: Record<string, IndexShape>;
  /** Keyed by the constrained columns: Prisma's DMMF does not expose a relation's `map:` name, so names are not compared. */
  foreignKeys: Record<string, ForeignKeyShape>;
}

export interface ColumnShape {
  /** format_type spelling, e.g. `timestamp(3) with time zone`; enums as `enum "Name"` and lists with `[]`. */
  type: string;
  notNull: boolean;
  /** pg_get_expr spelling, `autoincrement()` for sequences and identities, ANY_DEFAULT when only presence is checked. */
  default: string | null;
}

export interface IndexShape {
  primary: boolean;
  unique: boolean;
  method: string;
  /** Column names in index order, with ` DESC` (and non-default NULLS placement) where declared. */
  columns: string[];
  /** Anything Prisma cannot declare here (a WHERE predicate, INCLUDE columns); null when absent. */
  extra: string | null;
}

export type ReferentialAction = "Cascade" | "Restrict" | "NoAction" | "SetNull" | "SetDefault";

export interface ForeignKeyShape {
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

/** Expected-side default when the exact Postgres spelling is impractical to predict (dates, lists, negative numbers). */
export const ANY_DEFAULT = "(any default)";

// Prisma Migrate's own bookkeeping table is not part of the datamodel.
export const IGNORED_TABLES = new Set(["_prisma_migrations"]);

const POSTGRES_IDENTIFIER_LIMIT = 63;

type NativeType = [string, string[]];

// What Prisma maps each scalar to on PostgreSQL when the field has no @db attribute.
const DEFAULT_NATIVE_TYPES: Record<string, NativeType> = {
  String: ["Text", []],
  Int: ["Integer", []],
  BigInt: ["BigInt", []],
  Float: ["DoublePrecision", []],
  Decimal: ["Decimal", ["65", "30"]],
  Boolean: ["Boolean", []],
  DateTime: ["Timestamp", ["3"]],
  Json: ["JsonB", []],
  Bytes: ["ByteA", []],
};

const withArgs = (base: string, args: string[]) => (args.length ? `${base}(${args.join(",")})` : base);

function postgresTypeOf([name, args]: NativeType): string {
  const simple: Record<string, string> = {
    Text: "text", Uuid: "uuid", Xml: "xml", Inet: "inet", Citext: "citext", Money: "money", Oid: "oid",
    SmallInt: "smallint", Integer: "integer", BigInt: "bigint", DoublePrecision: "double precision", Real: "real",
    Boolean: "boolean", Date: "date", Json: "json", JsonB: "jsonb", ByteA: "bytea",
  };
  if (simple[name]) return simple[name];
  switch (name) {
    case "VarChar": return withArgs("character varying", args);
    case "Char": return withArgs("character", args);
    case "Bit": return withArgs("bit", args);
    case "VarBit": return withArgs("bit varying", args);
    case "Decimal": return withArgs("numeric", args);
    case "Timestamp": return `${withArgs("timestamp", args)} without time zone`;
    case "Timestamptz": return `${withArgs("timestamp", args)} with time zone`;
    case "Time": return `${withArgs("time", args)} without time zone`;
    case "Timetz": return `${withArgs("time", args)} with time zone`;
  }
  // Failing closed: guessing a spelling would either hide drift or report drift that is not there.
  throw new Error(`schema-drift.ts does not know the Postgres type of @db.${name}; add it to postgresTypeOf`);
}

// The cast pg_get_expr prints after a string literal default, per native type; others are only checked for presence.
const LITERAL_CASTS: Record<string, string> = {
  Text: "text", VarChar: "character varying", Uuid: "uuid", JsonB: "jsonb", Json: "json",
};

// Postgres's quote_ident rule, minus reserved words (a lowercase enum named after one would be misreported).
export function quoteIdent(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

const quoteLiteral = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** Prisma's default constraint names (psl ConstraintNames), truncated to Postgres's identifier limit before the suffix. */
export function prismaConstraintName(table: string, columns: string[], suffix: string): string {
  const base = columns.length ? `${table}_${columns.join("_")}` : table;
  return base.slice(0, POSTGRES_IDENTIFIER_LIMIT - suffix.length) + suffix;
}

interface Names {
  table(model: string): string;
  column(model: string, field: string): string;
  enumType(name: string): string;
  enumValue(enumName: string, value: string): string;
}

function namesOf(datamodel: Datamodel): Names {
  const model = (name: string): DmmfModel => {
    const found = datamodel.models.find((m) => m.name === name);
    if (!found) throw new Error(`DMMF has no model ${name}`);
    return found;
  };
  const enumOf = (name: string) => datamodel.enums.find((e) => e.name === name);
  return {
    table: (name) => model(name).dbName ?? name,
    column: (modelName, field) => model(modelName).fields.find((f) => f.name === field)?.dbName ?? field,
    enumType: (name) => enumOf(name)?.dbName ?? name,
    enumValue: (name, value) => enumOf(name)?.values.find((v) => v.name === value)?.dbName ?? value,
  };
}

function expectedDefault(field: DmmfField, names: Names, native: NativeType): string | null {
  const value = field.default;
  if (!field.hasDefaultValue || value === undefined) return null;
  if (typeof value === "object" && !Array.isArray(value)) {
    switch (value.name) {
      case "autoincrement": return "autoincrement()";
      case "now": return "CURRENT_TIMESTAMP";
      case "dbgenerated": return typeof value.args[0] === "string" ? value.args[0] : ANY_DEFAULT;
      // Prisma Client generates these ids itself; the column must not have a database default.
      case "uuid": case "cuid": case "nanoid": case "ulid": return null;
      default: return ANY_DEFAULT;
    }
  }
  if (field.isList || Array.isArray(value)) return ANY_DEFAULT;
  if (field.kind === "enum") {
    return `${quoteLiteral(names.enumValue(field.type, String(value)))}::${quoteIdent(names.enumType(field.type))}`;
  }
  if (typeof value === "boolean") return String(value);
  // Postgres prints a non-negative numeric literal bare, whatever the column's numeric type; negatives gain a cast.
  if (typeof value === "number") return /^\d+(\.\d+)?$/.test(String(value)) ? String(value) : ANY_DEFAULT;
  const cast = LITERAL_CASTS[native[0]];
  return cast ? `${quoteLiteral(value)}::${cast}` : ANY_DEFAULT;
}

function requireDefined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`schema-drift: ${what}`);
  return value;
}

function columnOf(field: DmmfField, names: Names): ColumnShape {
  let type: string;
  let native: NativeType = ["", []];
  if (field.kind === "enum") type = `enum ${quoteIdent(names.enumType(field.type))}`;
  else if (field.kind === "scalar") {
    native = field.nativeType ?? requireDefined(DEFAULT_NATIVE_TYPES[field.type], `unknown scalar type ${field.type}`);
    type = postgresTypeOf(native);
  } else throw new Error(`schema-drift.ts cannot check Unsupported("${field.type}") field ${field.name}`);
  return {
    type: field.isList ? `${type}[]` : type,
    // The DMMF calls every list required, but Prisma Migrate creates list columns without NOT NULL.
    notNull: field.isRequired && !field.isList,
    default: expectedDefault(field, names, native),
  };
}

function foreignKeysOf(model: DmmfModel, names: Names): Record<string, ForeignKeyShape> {
  const keys: Record<string, ForeignKeyShape> = {};
  for (const field of model.fields) {
    const from = field.relationFromFields ?? [];
    if (field.kind !== "object" || from.length === 0) continue;
    const columns = from.map((f) => names.column(model.name, f));
    keys[columns.join(", ")] = {
      referencedTable: names.table(field.type),
      referencedColumns: (field.relationToFields ?? []).map((f) => names.column(field.type, f)),
      // Prisma's defaults when the relation does not say: Restrict if the relation is required, SetNull if optional;
      // updates Cascade.
      onDelete: (field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull")) as ReferentialAction,
      onUpdate: (field.relationOnUpdate ?? "Cascade") as ReferentialAction,
    };
  }
  return keys;
}

function assertNoImplicitManyToMany(datamodel: Datamodel): void {
  for (const model of datamodel.models) {
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.isList) continue;
      const other = datamodel.models
        .find((m) => m.name === field.type)
        ?.fields.find((f) => f.relationName === field.relationName && f !== field);
      // Its join table (`_AToB`) is not in the DMMF; rather than report it as unexpected, say what is missing here.
      if (other?.isList) throw new Error(`schema-drift.ts does not model implicit many-to-many ${field.relationName}`);
    }
  }
}

/** What schema.prisma says the database should look like. */
export function describeSchemaFromDatamodel(datamodel: Datamodel): SchemaShape {
  assertNoImplicitManyToMany(datamodel);
  const names = namesOf(datamodel);
  const shape: SchemaShape = { enums: {}, tables: {} };
  for (const e of datamodel.enums) shape.enums[names.enumType(e.name)] = e.values.map((v) => v.dbName ?? v.name);
  for (const model of datamodel.models) {
    const columns: Record<string, ColumnShape> = {};
    for (const field of model.fields) {
      if (field.kind !== "object") columns[field.dbName ?? field.name] = columnOf(field, names);
    }
    shape.tables[names.table(model.name)] = { columns, indexes: {}, foreignKeys: foreignKeysOf(model, names) };
  }
  for (const index of datamodel.indexes) {
    if (index.type === "fulltext") throw new Error(`@@fulltext is MySQL/MongoDB only (model ${index.model})`);
    if (index.where != null) throw new Error(`schema-drift.ts does not check partial indexes yet (${index.model})`);
    const table = names.table(index.model);
    const columns = index.fields.map((f) => names.column(index.model, f.name));
    const suffix = { id: "_pkey", unique: "_key", normal: "_idx" }[index.type];
    const name = index.dbName ?? prismaConstraintName(table, index.type === "id" ? [] : columns, suffix);
    requireDefined(shape.tables[table], `index on unknown table ${table}`).indexes[name] = {
      primary: index.type === "id",
      unique: index.type !== "normal",
      method: (index.algorithm ?? "BTree").toLowerCase(),
      columns: index.fields.map((f, i) => (f.sortOrder === "desc" ? `${columns[i]} DESC` : `${columns[i]}`)),
      extra: null,
    };
  }
  return shape;
}

const show = (value: unknown) => (Array.isArray(value) ? `(${value.join(", ")})` : String(value));

function compareFields<T extends object>(label: string, expected: T, actual: T, out: string[]): void {
  for (const key of Object.keys(expected) as (keyof T)[]) {
    const want = expected[key];
    const got = actual[key];
    if (key === "default" && want === ANY_DEFAULT && got !== null) continue;
    if (JSON.stringify(want) !== JSON.stringify(got)) {
      out.push(`${label}: ${String(key)} is ${show(want)} in schema.prisma but ${show(got)} in the database`);
    }
  }
}

function compareKeyed<T extends object>(
  label: (key: string) => string,
  expected: Record<string, T>,
  actual: Record<string, T>,
  out: string[],
  compare: (label: string, want: T, got: T) => void = (l, want, got) => compareFields(l, want, got, out),
): void {
  for (const [key, want] of Object.entries(expected)) {
    const got = actual[key];
    if (got === undefined) out.push(`${label(key)}: in schema.prisma but missing from the database`);
    else compare(label(key), want, got);
  }
  for (const key of Object.keys(actual)) {
    if (!(key in expected)) out.push(`${label(key)}: in the database but not in schema.prisma`);
  }
}

/** Every difference between the two descriptions, one readable line each; empty when they agree. */
export function diffSchemas(expected: SchemaShape, actual: SchemaShape): string[] {
  const out: string[] = [];
  compareKeyed((name) => `enum ${quoteIdent(name)}`, expected.enums, actual.enums, out, (label, want, got) => {
    if (want.join() !== got.join()) out.push(`${label}: values (${want.join(", ")}) in schema.prisma but (${got.join(", ")}) in the database`);
  });
  compareKeyed((name) => `table ${quoteIdent(name)}`, expected.tables, actual.tables, out, (label, want, got) => {
    compareKeyed((c) => `${label} column ${quoteIdent(c)}`, want.columns, got.columns, out);
    compareKeyed((i) => `${label} index ${quoteIdent(i)}`, want.indexes, got.indexes, out);
    compareKeyed((k) => `${label} foreign key (${k})`, want.foreignKeys, got.foreignKeys, out);
  });
  return out;
}
