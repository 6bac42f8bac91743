import { seedDemo } from "@/lib/demo/seed-demo";
import { getDb } from "@/lib/db";

const { seeded } = await seedDemo();
console.log(seeded ? "Demo data seeded." : "Database already has users; demo seed skipped.");
await getDb().$disconnect();
