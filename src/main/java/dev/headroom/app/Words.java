package dev.headroom.app;

import dev.headroom.model.Model;

/**
 * The sentences that say where a design breaks and how its latency objective fares, written
 * once for the app, the command line and the report, so that a client reads the same words
 * on screen and on paper.
 */
public final class Words {
    private Words() {}

    /** A sentence and whether it is good news (the report colours it, the app too). */
    public record Status(String text, boolean ok) {}

    /**
     * {@code text} cut to at most {@code max} characters at a word boundary, with an ellipsis:
     * "PostgreSQL read replica" → "PostgreSQL read…", never "PostgreSQL read replic…". A first
     * word longer than {@code max} is cut where it must be.
     */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int room = Math.max(1, max - 1);
        int cut = -1;
        for (int i = room; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                cut = i;
                break;
            }
        }
        String head = cut > 0 ? text.substring(0, cut) : text.substring(0, room);
        return head.replaceAll("[\\s,;:\u00b7\u2014-]+$", "") + "\u2026";
    }

    /**
     * Where a design breaks, as a multiplier: "3.4x", "any load" (the objective is missed with
     * no traffic), or "not found" (nothing breaks within the engine's search).
     */
    public static String breaksAt(Breaks b) {
        return b.breaksAt() == null ? "not found" : Format.breakPoint(b.breaksAt());
    }

    /**
     * What breaks it: "Primary DB saturates", "checkout's p95 passes 400 ms", or "nothing breaks
     * within 1,000x".
     */
    public static String breaksWhat(Model model, Breaks b, double growthEnd) {
        if (b.cause() == null) {
            return "nothing breaks within " + Format.times(growthEnd * 100);
        }
        return switch (b.cause()) {
            case SATURATION -> model.component(b.component()).map(c -> c.displayName())
                    .orElse(b.component()) + " saturates";
            case LATENCY -> (b.requestClass() == null ? "the" : b.requestClass() + "'s")
                    + " p" + (b.percentile() == null ? 95 : b.percentile()) + " passes "
                    + Format.ms(b.limitMs() != null ? b.limitMs() : model.slo().p95LatencyMs());
        };
    }

    /** "Breaks at 3.4x (41,200 users): Primary DB saturates." */
    public static String breaks(Model model, Breaks b, double growthEnd) {
        if (b.breaksAt() == null) {
            return "Does not break: " + breaksWhat(model, b, growthEnd) + ".";
        }
        String users = b.breaksAtUsers() == null || b.breaksAt() == 0 ? ""
                : " (" + Format.count(b.breaksAtUsers()) + " users)";
        return "Breaks at " + breaksAt(b) + users + ": " + breaksWhat(model, b, growthEnd) + ".";
    }

    /**
     * How the latency objectives fare over a range: held, breached at a multiplier, or at any
     * load. "The p95 objective of 800 ms", or with p99 objectives "The latency objectives (p95
     * 800 ms, p99 1,200 ms)".
     */
    public static Status slo(Model model, Breaks b, double growthEnd) {
        Double slo = model.slo().p95LatencyMs();
        java.util.List<String> p99s = new java.util.ArrayList<>();
        for (var rc : model.requestClasses()) {
            Double p99 = rc.p99LatencyMs(model.slo());
            if (p99 != null) {
                String each = Format.ms(p99);
                if (!p99s.contains(each)) {
                    p99s.add(each);
                }
            }
        }
        if (slo == null && p99s.isEmpty()) {
            return new Status("No p95 latency objective is set.", true);
        }
        Double at = b.sloBreachedAt();
        String target = p99s.isEmpty() ? "The p95 objective of " + Format.ms(slo)
                : "The latency objectives (" + (slo == null ? "" : "p95 " + Format.ms(slo)
                        + ", ") + "p99 " + String.join(" or ", p99s) + ")";
        boolean plural = !p99s.isEmpty();
        if (at == null) {
            return new Status(target + (plural ? " hold" : " holds")
                    + " across the range and well beyond it.", true);
        }
        if (at == 0) {
            return new Status(target + (plural ? " are" : " is") + " breached at any load: "
                    + "service and network times alone exceed " + (plural ? "them" : "it") + ".",
                    false);
        }
        if (at > growthEnd) {
            return new Status(target + (plural ? " hold" : " holds") + " across the range; "
                    + (plural ? "they are" : "it is") + " breached at " + Format.times(at) + ".",
                    true);
        }
        return new Status(target + (plural ? " are" : " is") + " breached at "
                + Format.times(at) + ".", false);
    }

    /**
     * What a fix does, in a few words: "holds to 10x", or "passes again at 6.2x"; with "the
     * design still breaks at 4x" when something else breaks first within the range.
     */
    public static String fixOutcome(Fixes.Option o, double top) {
        String then = o.holds() ? "holds to " + Format.times(top)
                : "passes again at " + Format.breakPoint(o.limitAt());
        if (o.breaksAt() != null && o.breaksAt() <= top) {
            then += "; the design still breaks at " + Format.breakPoint(o.breaksAt());
        }
        return then;
    }

    /**
     * What a bill leaves out: "2 components have no price (Payment API, E-mail worker)", or ""
     * when everything is priced.
     */
    public static String unpriced(Model model, java.util.List<String> componentIds) {
        if (componentIds.isEmpty()) {
            return "";
        }
        int n = componentIds.size();
        String names = String.join(", ", componentIds.stream()
                .map(id -> model.component(id).map(c -> c.displayName()).orElse(id)).toList());
        return noPrice(n, "component") + " (" + names + ")";
    }

    /** "1 component has no price", "3 charges have no price": {@code n} of {@code noun}. */
    public static String noPrice(int n, String noun) {
        return n == 1 ? "1 " + noun + " has no price" : n + " " + noun + "s have no price";
    }

    /**
     * "1 charge has no price (Postgres on a server: storage)": the parts of priced components
     * that nothing prices, or "" for none. Components with no price at all are left to
     * {@link #unpriced}.
     */
    public static String unpricedParts(Model model,
            java.util.List<dev.headroom.cost.Bill.Unpriced> unpriced) {
        java.util.List<String> parts = unpriced.stream().filter(u -> !u.whole())
                .map(u -> model.component(u.componentId()).map(c -> c.displayName())
                        .orElse(u.componentId()) + ": " + u.what())
                .toList();
        if (parts.isEmpty()) {
            return "";
        }
        int n = parts.size();
        return noPrice(n, "charge") + " (" + String.join(", ", parts) + ")";
    }

    /** "$1,234 of it at prices not confirmed against a dated source", or "" for none. */
    public static String unconfirmed(double usd) {
        return usd <= 0 ? "" : Format.usd(usd) + " of it at prices not confirmed against a "
                + "dated source";
    }

    /**
     * What a bounded queue does in the steady state: "api turns away 33% of its arrivals (at
     * most 100 wait an instance)", or null when it turns away none to the percent's last digit.
     */
    public static String sheds(String id, double lossProbability, Integer maxQueue) {
        if (!(lossProbability > 0)) {
            return null;
        }
        String p = Format.percent(lossProbability);
        if (p.matches("[0.]*%")) {
            return null;
        }
        return id + " turns away " + p + " of its arrivals"
                + (maxQueue == null ? "" : " (at most " + Format.count(maxQueue)
                        + " wait an instance)");
    }
}
