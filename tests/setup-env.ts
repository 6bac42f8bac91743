import { inject } from "vitest";

// Every integration test file talks to the database the global setup provisioned.
process.env.DATABASE_URL = inject("databaseUrl");
