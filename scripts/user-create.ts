import { parseArgs } from "node:util";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { createUserFromShell } from "@/lib/users/create-user";

const usage = `Usage: npm run user:create -- --email a@b.org --name "Full Name" --role EDITOR|REVIEWER|ADMIN [--locale ar|en]
The password is read from the SANAD_PASSWORD environment variable, or from standard input.`;

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, locale: { type: "string" }, help: { type: "boolean" } },
});
if (values.help || !values.email || !values.name || !values.role) {
  console.log(usage);
  process.exit(values.help ? 0 : 1);
}
if (!process.env.DATABASE_URL) {
  console.error("Set DATABASE_URL to the database Sanad uses (for the embedded default, start Sanad and use the URL it prints).");
  process.exit(1);
}

async function readPassword(): Promise<string> {
  if (process.env.SANAD_PASSWORD) return process.env.SANAD_PASSWORD;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
}

try {
  const user = await createUserFromShell({
    email: values.email,
    name: values.name,
    role: values.role.toUpperCase() as "EDITOR",
    locale: (values.locale ?? "ar") as "ar",
    password: await readPassword(),
  });
  console.log(`Created ${user.role.toLowerCase()} ${user.email}.`);
} catch (error) {
  if (!isAppError(error)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await getDb().$disconnect();
}
