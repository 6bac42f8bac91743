import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/users/create-user-form";
import { ImportHosts } from "@/components/users/import-hosts";
import { UserRow } from "@/components/users/user-row";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { findImportHosts } from "@/lib/import-hosts/manage-import-hosts";
import { findUsers } from "@/lib/users/find-users";
import { PageHeader } from "@/components/page-header";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const actor = await requirePageUser();
  // Same rule as findUsers enforces; checked here first so non-admins get a plain 404 page, not an error.
  if (!can(actor.role, "user.manage")) notFound();
  const [t, users, hosts] = await Promise.all([getTranslations("users"), findUsers(actor), findImportHosts(actor)]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="grid-2">
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>{t("name")}</th>
                <th>{t("email")}</th>
                <th>{t("role")}</th>
                <th>{t("status")}</th>
                <th>{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <UserRow key={user.id} user={user} isSelf={user.id === actor.id} />
              ))}
            </tbody>
          </table>
        </div>
        <div className="stack">
          <section className="card card__body" aria-labelledby="create-user">
            <h2 id="create-user">{t("create")}</h2>
            <CreateUserForm />
          </section>
          <ImportHosts hosts={hosts} />
        </div>
      </div>
    </>
  );
}
