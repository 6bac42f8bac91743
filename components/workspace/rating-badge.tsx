import { ratingColors, ratingLabel, type RatingValue } from "@/lib/ratings";

export function RatingBadge({ rating, locale }: { rating: RatingValue; locale: "ar" | "en" }) {
  const colors = ratingColors(rating);
  return (
    <span className="rating-badge" style={{ background: colors.background, color: colors.foreground, borderColor: colors.background }}>
      {ratingLabel(rating, locale)}
    </span>
  );
}
