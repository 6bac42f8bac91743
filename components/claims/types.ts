/** What the article page hands its client components about each claim (plain, serialisable). */
export interface WorkbenchClaim {
  id: string;
  number: number;
  start: number;
  end: number;
  text: string;
  normalizedText: string;
  status: string;
  version: number;
  score: number;
  type: string;
  origin: string;
  reasons: string[];
  dismissReason: string | null;
  assignee: { id: string; name: string } | null;
  priority: number;
  dueAt: string | null;
}

export interface WorkbenchPermissions {
  edit: boolean;
  take: boolean;
  assign: boolean;
  plan: boolean;
  dismiss: boolean;
}

export const EDITABLE = ["NEW", "IN_RESEARCH", "CHANGES_REQUESTED"];
