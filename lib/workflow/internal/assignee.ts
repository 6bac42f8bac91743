import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Work goes only to people who can sign in: a deactivated account would strand the claim. */
export async function loadActiveAssignee(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, active: true } });
  if (!user) throw new AppError("NOT_FOUND", "That person does not exist.", { assigneeId: userId });
  if (!user.active) {
    throw new AppError("BAD_REQUEST", `${user.name}'s account is deactivated; choose someone else.`, { assignee: user.name });
  }
  return user;
}
