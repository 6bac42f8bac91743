"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn btn--ghost btn--small" onClick={() => signOut({ callbackUrl: "/signin" })}>
      {label}
    </button>
  );
}
