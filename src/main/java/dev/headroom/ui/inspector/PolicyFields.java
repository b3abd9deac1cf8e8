package dev.headroom.ui.inspector;

import dev.headroom.model.CallPolicy;
import dev.headroom.model.Retries;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;

/**
 * The timeout and retry fields of a call policy (docs/model-format.md "Timeouts and retries"),
 * shared by the workload's form (the clients' calls) and a connection's (the caller's calls
 * along it). Blank means "none"; the retry details are enabled once retries are set.
 */
final class PolicyFields {
    /** The most retries the model allows (DrillValidator). */
    static final int MAX_RETRIES = 100;

    /** What the fields do, under them. */
    static final String NOTE = "Drills only: an attempt is abandoned after the timeout (the "
            + "callee's work goes on); a failed one is retried after the back-off, which grows "
            + "from retry to retry. The budget caps retries at that % of the first attempts of "
            + "the last 10 s. Blank: none.";

    private PolicyFields() {}

    /**
     * Adds the fields to {@code f}, their ids prefixed by {@code prefix} ("w" for the workload,
     * "e" for a connection); all are disabled while {@code off} holds (an async connection).
     */
    static void add(Form f, String prefix, Supplier<CallPolicy> policy,
            BiConsumer<String, UnaryOperator<CallPolicy>> edit, BooleanSupplier off) {
        TextField timeout = f.optionalNumber(prefix + "-timeout", "Timeout", "ms", 0.001, 86_400_000,
                false, "none", () -> policy.get().timeoutMs(),
                v -> edit.accept(v == null ? "Remove the timeout" : "Set the timeout",
                        p -> p.withTimeoutMs(v)));
        TextField retries = f.optionalNumber(prefix + "-retries", "Retries", "at most", 0,
                MAX_RETRIES, true, "none", () -> policy.get().retries() == null ? null
                        : (double) policy.get().retries().max(),
                v -> edit.accept(v == null ? "Stop retrying" : "Set retries",
                        p -> p.withRetries(v == null ? null : p.retries() == null
                                ? Retries.of(v.intValue()) : p.retries().withMax(v.intValue()))));
        TextField backoff = f.number(prefix + "-backoff", "First back-off", "ms",
                0, 3_600_000, false, () -> retries(policy) == null ? null
                        : retries(policy).backoffMs(),
                v -> edit.accept("Set the back-off", p -> p.withRetries(
                        p.retries().withBackoff(v, p.retries().jitter()))));
        TextField multiplier = f.number(prefix + "-multiplier", "Back-off growth",
                "× a retry", 1, 100, false, () -> retries(policy) == null ? null
                        : retries(policy).multiplier(),
                v -> edit.accept("Set the back-off growth", p -> p.withRetries(
                        p.retries().withMultiplier(v))));
        CheckBox jitter = f.check(prefix + "-jitter", "Jitter: wait a random time up to the "
                + "back-off", () -> retries(policy) != null && retries(policy).jitter(),
                v -> edit.accept(v ? "Add jitter" : "Remove jitter", p -> p.retries() == null
                        ? p : p.withRetries(p.retries().withBackoff(p.retries().backoffMs(),
                                v))));
        TextField budget = f.optionalNumber(prefix + "-budget", "Retry budget",
                "%", 0, 10_000, false, "none",
                () -> retries(policy) == null || retries(policy).budgetRatio() == null ? null
                        : retries(policy).budgetRatio() * 100,
                v -> edit.accept(v == null ? "Remove the retry budget" : "Set the retry budget",
                        p -> p.withRetries(p.retries().withBudgetRatio(
                                v == null ? null : v / 100))));
        Runnable enable = () -> {
            boolean disabled = off.getAsBoolean();
            timeout.setDisable(disabled);
            retries.setDisable(disabled);
            boolean on = !disabled && retries(policy) != null;
            backoff.setDisable(!on);
            multiplier.setDisable(!on);
            jitter.setDisable(!on);
            budget.setDisable(!on);
        };
        enable.run();
        f.onRefresh(enable);
    }

    private static Retries retries(Supplier<CallPolicy> policy) {
        return policy.get().retries();
    }
}
