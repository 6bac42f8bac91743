import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { isAppError } from "@/lib/errors";

/**
 * next-auth 4 (the stable line; see ARCHITECTURE.md) with email + password and JWT sessions. The token carries only
 * the user id: role, name, locale and the active flag are read fresh from the database on every request
 * (lib/auth/current-user.ts), so a deactivation or role change takes effect at once.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin" },
  secret: process.env.NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: "Sanad",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        try {
          const user = await verifyCredentials(credentials);
          return { id: user.id, name: user.name, email: user.email };
        } catch (error) {
          // The sign-in form translates "<CODE>|<seconds>" into the user's language.
          if (isAppError(error)) throw new Error(`${error.code}|${error.params.seconds ?? ""}`);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.uid as string;
      return session;
    },
  },
};
