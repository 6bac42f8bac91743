import { assertCan, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** All accounts for the admin screen, active first. */
export async function findUsers(actor: Actor) {
  assertCan(actor, "user.manage");
  return db.user.findMany({ orderBy: [{ active: "desc" }, { name: "asc" }] });
}

/** Active people work can be assigned to, for pickers in the queue and claim workspace. */
export async function findAssignableUsers(actor: Actor) {
  assertCan(actor, "claim.read");
  return db.user.findMany({
    where: { active: true },
    select: { id: true, name: true, role: true },
    orderBy: { name: "asc" },
  });
}
