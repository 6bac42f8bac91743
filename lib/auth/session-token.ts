import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { authOptions } from "@/lib/auth/options";

// next-auth 4's cookie names: the __Secure- prefix is used when NEXTAUTH_URL is https.
const COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The user id in this request's session cookie, or undefined. Decoding the JWT directly costs one key derivation;
 * next-auth's getServerSession decodes and then re-encrypts the token on every call, which the queue benchmark showed
 * dominating request time. Expiry is checked by decode; everything else about the user is read from the database.
 */
export async function sessionUserId(): Promise<string | undefined> {
  const jar = await cookies();
  for (const name of COOKIE_NAMES) {
    // Large tokens are split into name.0, name.1, … by next-auth; ours is small, but join chunks if present.
    const value =
      jar.get(name)?.value ??
      jar
        .getAll()
        .filter((c) => c.name.startsWith(`${name}.`))
        .sort((a, b) => Number(a.name.split(".").pop()) - Number(b.name.split(".").pop()))
        .map((c) => c.value)
        .join("");
    if (!value) continue;
    const token = await decode({ token: value, secret: authOptions.secret ?? "" }).catch(() => null);
    return typeof token?.uid === "string" ? token.uid : undefined;
  }
  return undefined;
}
