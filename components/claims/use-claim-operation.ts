"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { claimOperation, type ClaimOperation } from "@/app/actions/claims";

/**
 * Calls one claim operation and refreshes the page on success. On failure the message (already in the user's
 * language) is kept for display, and the caller's form state is untouched, so nothing the user typed is lost.
 */
export function useClaimOperation() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function run(name: ClaimOperation, input: unknown, onSuccess?: (data: unknown) => void) {
    setError(null);
    startTransition(async () => {
      const result = await claimOperation(name, input);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      onSuccess?.(result.data);
      router.refresh();
    });
  }

  return { run, pending, error, clearError: () => setError(null) };
}
