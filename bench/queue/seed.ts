import type pg from "pg";

export const SEED = { users: 12, articles: 5_000, claims: 100_000 } as const;
const CLAIMS_PER_ARTICLE = SEED.claims / SEED.articles;

/** A deterministic UUID from `seedSql`, shaped as version 4 so the app's UUID validation accepts it like a real id. */
function uuid(seedSql: string): string {
  return `overlay(overlay(md5(${seedSql}) placing '4' from 13) placing '8' from 17)::uuid`;
}

/**
 * Seeds the queue's tables in plain SQL (generate_series), so 100 000 claims take seconds rather than the minutes the
 * import path would. Ids are md5-derived UUIDs and random() is seeded, so every run sees the same data.
 *
 * Spread, chosen to look like a desk a few months in: articles 60% ar / 25% en / 15% fr over ~11 months; 20 claims
 * per article sharing the article's creation time (one import is one transaction, so ties on createdAt are real);
 * scores skewed towards check-worthy, rounded to 3 decimals (ties on score too); status mostly NEW / IN_RESEARCH /
 * DISMISSED; NEW claims mostly unassigned, working ones mostly assigned; half the claims have a due date; claims past
 * NEW carry 0–3 sources. The seeded users cannot sign in (their password hash is not a hash).
 */
export async function seedQueueData(client: pg.Client): Promise<Record<string, number>> {
  await client.query("SELECT setseed(0.4242)");
  await client.query(`
    INSERT INTO "User" (id, name, email, "passwordHash", role, locale)
    SELECT ${uuid(`'bench-user-' || i`)}, 'Bench user ' || i, 'bench-user-' || i || '@bench.sanad.local', 'not-a-hash',
           (CASE WHEN i = 1 THEN 'ADMIN' WHEN i <= 3 THEN 'REVIEWER' ELSE 'EDITOR' END)::"Role",
           CASE WHEN i % 3 = 0 THEN 'en' ELSE 'ar' END
    FROM generate_series(1, ${SEED.users}) AS i`);

  await client.query(`
    INSERT INTO "Article" (id, title, body, language, direction, outlet, "contentHash", "createdById", "createdAt", "updatedAt")
    SELECT ${uuid(`'bench-article-' || a`)},
           CASE lang WHEN 'ar' THEN 'تقرير عن الميزانية والبطالة في الجهة رقم ' || a
                     WHEN 'fr' THEN 'Le budget régional et le chômage, article n° ' || a
                     ELSE 'Regional budget and unemployment, article no. ' || a END,
           repeat('Body text of bench article ' || a || '. ', 60),
           lang, (CASE lang WHEN 'ar' THEN 'RTL' ELSE 'LTR' END)::"TextDirection",
           'Outlet ' || (a % 40), md5('bench-article-body-' || a),
           ${uuid(`'bench-user-' || (4 + a % ${SEED.users - 3})`)}, at, at
    FROM (
      SELECT a,
             CASE WHEN r < 0.60 THEN 'ar' WHEN r < 0.85 THEN 'en' ELSE 'fr' END AS lang,
             timestamptz '2026-01-01 08:00:00+00' + a * interval '97 minutes' + (r * interval '60 minutes') AS at
      FROM (SELECT a, random() AS r FROM generate_series(1, ${SEED.articles}) AS a) AS numbered
    ) AS articles`);

  await client.query(`
    INSERT INTO "Claim" (id, "articleId", text, start, "end", "sentenceIndex", "normalizedText", score, type, language,
                         origin, status, "dismissReason", "assigneeId", priority, "dueAt", version, "createdAt", "updatedAt")
    SELECT ${uuid(`'bench-claim-' || c`)}, art.id,
           'Claim ' || c || ': the ministry says unemployment fell to ' || (c % 30) || '% last year, the lowest since 2011.',
           k * 140, k * 140 + 100, k,
           'Unemployment fell to ' || (c % 30) || '% last year (claim ' || c || ').',
           score, type, art.language,
           (CASE WHEN r_origin < 0.05 THEN 'MANUAL' ELSE 'EXTRACTED' END)::"ClaimOrigin",
           status,
           CASE WHEN status = 'DISMISSED' THEN 'Not check-worthy' END,
           CASE WHEN r_assign < (CASE status WHEN 'NEW' THEN 0.85 WHEN 'DISMISSED' THEN 0.5 ELSE 0.05 END) THEN NULL
                ELSE ${uuid(`'bench-user-' || (2 + floor(r_who * ${SEED.users - 1}))::int`)} END,
           floor(r_priority * 4)::int,
           CASE WHEN r_due < 0.5 THEN NULL
                ELSE art."createdAt" + date_trunc('hour', (r_due - 0.5) * 2 * interval '21 days') + interval '1 day' END,
           CASE WHEN status = 'NEW' THEN 1 ELSE 2 + floor(r_priority * 5)::int END,
           art."createdAt", art."createdAt" + (CASE WHEN status = 'NEW' THEN interval '0' ELSE interval '2 days' END)
    FROM (
      SELECT c, (c - 1) % ${CLAIMS_PER_ARTICLE} AS k, (c - 1) / ${CLAIMS_PER_ARTICLE} + 1 AS a,
             round(power(random(), 0.7)::numeric, 3)::float8 AS score,
             (ARRAY['NUMERIC','NUMERIC','NUMERIC','QUANTITY_DATE','QUANTITY_DATE','ATTRIBUTION','ATTRIBUTION','EVENT',
                    'EVENT','POSITION','CAUSAL','PREDICTION','OTHER'])[1 + floor(random() * 13)::int]::"ClaimType" AS type,
             (CASE WHEN r_status < 0.35 THEN 'NEW' WHEN r_status < 0.55 THEN 'IN_RESEARCH' WHEN r_status < 0.63 THEN 'IN_REVIEW'
                   WHEN r_status < 0.67 THEN 'CHANGES_REQUESTED' WHEN r_status < 0.77 THEN 'APPROVED'
                   WHEN r_status < 0.92 THEN 'DISMISSED' ELSE 'PUBLISHED' END)::"ClaimStatus" AS status,
             r_assign, r_who, r_priority, r_due, r_origin
      FROM (
        SELECT c, random() AS r_status, random() AS r_assign, random() AS r_who, random() AS r_priority,
               random() AS r_due, random() AS r_origin
        FROM generate_series(1, ${SEED.claims}) AS c
      ) AS draws
    ) AS claims
    JOIN "Article" art ON art.id = ${uuid(`'bench-article-' || claims.a`)}`);

  // 0–3 sources per claim past NEW (not dismissed), so the queue's per-row source count counts something.
  await client.query(`
    INSERT INTO "Source" (id, "claimId", url, title, publisher, "accessedAt", stance, "addedById", "createdAt", "updatedAt")
    SELECT ${uuid(`'bench-source-' || c.id || '-' || n`)}, c.id, 'https://stats.example.org/release/' || n || '/' || c.id,
           'Official release ' || n, 'Statistics office', c."updatedAt",
           (ARRAY['SUPPORTS','REFUTES','CONTEXT'])[1 + n % 3]::"Stance",
           coalesce(c."assigneeId", ${uuid(`'bench-user-4'`)}), c."updatedAt", c."updatedAt"
    FROM "Claim" c
    CROSS JOIN LATERAL generate_series(1, get_byte(decode(md5(c.id::text), 'hex'), 0) % 4) AS n
    WHERE c.status NOT IN ('NEW', 'DISMISSED')`);

  await client.query("VACUUM (ANALYZE)");
  const counts = await client.query<{ table: string; rows: string }>(`
    SELECT 'users' AS table, count(*)::text AS rows FROM "User" UNION ALL
    SELECT 'articles', count(*)::text FROM "Article" UNION ALL
    SELECT 'claims', count(*)::text FROM "Claim" UNION ALL
    SELECT 'sources', count(*)::text FROM "Source"`);
  return Object.fromEntries(counts.rows.map((row) => [row.table, Number(row.rows)]));
}
