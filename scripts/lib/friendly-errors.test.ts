import { describe, expect, it } from "vitest";
import { MigrationError } from "@/lib/db/migrate";
import { explainStartupError } from "./friendly-errors";

const errno = (code: string) => Object.assign(new Error(code), { code });

describe("start-up failures a newcomer can hit", () => {
  it("says which port is taken and how to pick another", () => {
    expect(explainStartupError(errno("EADDRINUSE"), { port: 3000 })).toBe(
      "Port 3000 is already in use. Stop the program using it, or choose another port: PORT=3001 npm start",
    );
  });

  it("names the unreachable database server without leaking the password", () => {
    const message = explainStartupError(errno("ECONNREFUSED"), { databaseUrl: "postgresql://sanad:s3cret@db.example.org:6543/sanad" });
    expect(message).toContain("db.example.org:6543");
    expect(message).not.toContain("s3cret");
    expect(message).toMatch(/unset DATABASE_URL to use the embedded database/);
  });

  it("passes a migration checksum refusal through as one sentence", () => {
    const error = new MigrationError("prisma/migrations/x/migration.sql was changed after it was applied to this database");
    expect(explainStartupError(error, {})).toMatch(/^Database migration refused: prisma\/migrations\/x\/migration\.sql was changed/);
  });

  it("leaves unknown errors alone so their stack trace is kept", () => {
    expect(explainStartupError(new TypeError("boom"), {})).toBeNull();
  });
});
