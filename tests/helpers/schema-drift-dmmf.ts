import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * Parses schema.prisma with Prisma's own parser, offline. `prisma migrate diff` needs the native schema engine, which
 * cannot be downloaded here, and `@prisma/internals` is not a dependency; but the `prisma` CLI package ships the very
 * WebAssembly build of prisma-schema that `getDMMF` calls (build/prisma_schema_build_bg.wasm). Loading it directly
 * gives us the authoritative DMMF — native types, defaults, indexes with sort order, referential actions — instead of
 * a hand-written parser that could disagree with Prisma about the schema it is meant to check.
 *
 * The wasm-bindgen glue below mirrors what the CLI bundles. It fails loudly, never silently, if a Prisma upgrade
 * changes that interface: the drift test must not pass because it could not read the schema.
 */

export type DmmfDefault = { name: string; args: unknown[] } | string | number | boolean | unknown[];

export interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  default?: DmmfDefault;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}

export interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}

export interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string;
  algorithm?: string;
  where?: unknown;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
}

export interface DmmfEnum {
  name: string;
  dbName: string | null;
  values: { name: string; dbName: string | null }[];
}

export interface Datamodel {
  models: DmmfModel[];
  enums: DmmfEnum[];
  indexes: DmmfIndex[];
}

interface SchemaWasm {
  memory: WebAssembly.Memory;
  get_dmmf(ptr: number, len: number): [number, number, number, number];
  __wbindgen_malloc(size: number, align: number): number;
  __wbindgen_free(ptr: number, size: number, align: number): void;
  __wbindgen_externrefs: WebAssembly.Table;
  __externref_table_dealloc(index: number): void;
  __wbindgen_start(): void;
}

const require = createRequire(import.meta.url);
const prismaDir = path.dirname(require.resolve("prisma/package.json"));
const prismaVersion = (require("prisma/package.json") as { version: string }).version;
const WASM_PATH = path.join(prismaDir, "build", "prisma_schema_build_bg.wasm");

let instance: Promise<SchemaWasm> | undefined;
let lastPanic = "";

function incompatible(detail: string): Error {
  return new Error(
    `Cannot use ${WASM_PATH} (prisma ${prismaVersion}): ${detail}. ` +
      `Update tests/helpers/schema-drift-dmmf.ts to match the wasm-bindgen glue in node_modules/prisma/build/cli.js.`,
  );
}

async function loadSchemaWasm(): Promise<SchemaWasm> {
  const compiled = await WebAssembly.compile(await readFile(WASM_PATH));
  // The imports run inside the instance, so they reach its exports through this binding, set once it exists.
  const bound: { wasm?: SchemaWasm } = {};
  const current = (): SchemaWasm => {
    if (!bound.wasm) throw incompatible("an import ran before instantiation finished");
    return bound.wasm;
  };
  const readString = (ptr: number, len: number) =>
    new TextDecoder().decode(new Uint8Array(current().memory.buffer, ptr >>> 0, len));
  const imports: Record<string, Record<string, (...args: number[]) => unknown>> = {};
  // Import names carry a per-build hash (`__wbg_Error_e83987f6…`), so they are matched by prefix.
  for (const { module: from, name } of WebAssembly.Module.imports(compiled)) {
    let fn: (...args: number[]) => unknown;
    if (name.startsWith("__wbg_Error_")) fn = (ptr, len) => new Error(readString(ptr, len));
    else if (name.startsWith("__wbg___wbindgen_throw_")) fn = (ptr, len) => { throw new Error(readString(ptr, len)); };
    else if (name.startsWith("__wbg_set_message_")) fn = (ptr, len) => { lastPanic = readString(ptr, len); };
    else if (name === "__wbindgen_init_externref_table") {
      fn = () => {
        const table = current().__wbindgen_externrefs;
        const offset = table.grow(4);
        table.set(0, undefined);
        [undefined, null, true, false].forEach((value, i) => table.set(offset + i, value));
      };
    } else throw incompatible(`unknown import ${from}.${name}`);
    (imports[from] ??= {})[name] = fn;
  }
  const exports = (await WebAssembly.instantiate(compiled, imports)).exports as unknown as SchemaWasm;
  for (const name of ["get_dmmf", "__wbindgen_malloc", "__wbindgen_free", "__wbindgen_start"] as const) {
    if (typeof exports[name] !== "function") throw incompatible(`export ${name} is missing`);
  }
  bound.wasm = exports;
  exports.__wbindgen_start();
  return exports;
}

/** Prisma's DMMF datamodel for `schemaText`; throws Prisma's own validation errors for an invalid schema. */
export async function getDatamodel(schemaText: string): Promise<Datamodel> {
  instance ??= loadSchemaWasm();
  const wasm = await instance;
  const input = new TextEncoder().encode(JSON.stringify({ prismaSchema: schemaText, noColor: true }));
  const ptr = wasm.__wbindgen_malloc(input.length, 1);
  new Uint8Array(wasm.memory.buffer).set(input, ptr);
  let result: [number, number, number, number];
  try {
    result = wasm.get_dmmf(ptr, input.length);
  } catch (error) {
    instance = undefined; // a Rust panic poisons the instance; the next call starts afresh
    throw new Error(`prisma-schema panicked: ${lastPanic || String(error)}`);
  }
  if (!Array.isArray(result) || result.length !== 4) throw incompatible("get_dmmf returned an unexpected value");
  const [outPtr, outLen, errorRef, failed] = result;
  if (failed) {
    const error = wasm.__wbindgen_externrefs.get(errorRef) as Error;
    wasm.__externref_table_dealloc(errorRef);
    const message = (() => {
      try {
        return (JSON.parse(error.message) as { message: string }).message;
      } catch {
        return error.message;
      }
    })();
    throw new Error(`schema.prisma is invalid:\n${message}`);
  }
  const json = new TextDecoder().decode(new Uint8Array(wasm.memory.buffer, outPtr, outLen));
  wasm.__wbindgen_free(outPtr, outLen, 1);
  return (JSON.parse(json) as { datamodel: Datamodel }).datamodel;
}
