package dev.headroom.model;

import java.util.List;
import java.util.Objects;

/**
 * Traffic assumptions (docs/model-format.md "Workload").
 *
 * <p>Open (the default): peak arrival rate {@code users × requestsPerUserPerDay / 86400 ×
 * peakToAverage}, or {@code arrivalRatePerSecond} when given (it then replaces the users-based
 * rate and is taken to be the peak). Closed: {@code users} concurrent users, each thinking
 * {@code thinkTimeMs} between requests.
 *
 * @param users users today (open) or concurrent users (closed); null when the open rate is given
 * @param requestsPerUserPerDay requests a user makes a day; null when the rate is given
 * @param peakToAverage ratio of the peak hour to the daily average (default 1)
 * @param arrivalRatePerSecond a peak rate given directly, or null
 * @param thinkTimeMs closed workloads: mean think time between a user's requests
 * @param classes request types as given in the file (may be empty: see {@link Model#requestClasses()})
 * @param dailyProfile 24 hourly weights with mean 1, or empty for the default curve
 * @param policy the clients' timeout and retries on their calls to the entry (drills only)
 */
public record Workload(
        WorkloadType type,
        Double users,
        Double requestsPerUserPerDay,
        double peakToAverage,
        Double arrivalRatePerSecond,
        double thinkTimeMs,
        List<RequestClass> classes,
        List<Double> dailyProfile,
        CallPolicy policy) {

    public static final double SECONDS_PER_DAY = 86_400;

    public Workload {
        Objects.requireNonNull(type);
        classes = List.copyOf(classes);
        dailyProfile = List.copyOf(dailyProfile);
        policy = policy == null ? CallPolicy.NONE : policy;
    }

    public Workload(WorkloadType type, Double users, Double requestsPerUserPerDay,
            double peakToAverage, Double arrivalRatePerSecond, double thinkTimeMs,
            List<RequestClass> classes, List<Double> dailyProfile) {
        this(type, users, requestsPerUserPerDay, peakToAverage, arrivalRatePerSecond, thinkTimeMs,
                classes, dailyProfile, CallPolicy.NONE);
    }

    public static Workload open(double ratePerSecond) {
        return new Workload(WorkloadType.OPEN, null, null, 1, ratePerSecond, 0, List.of(), List.of());
    }

    public boolean isClosed() {
        return type == WorkloadType.CLOSED;
    }

    /** Peak arrival rate per second at growth multiplier {@code m} (open workloads). */
    public double peakArrivalRate(double m) {
        if (arrivalRatePerSecond != null) {
            return arrivalRatePerSecond * m;
        }
        return users * m * requestsPerUserPerDay / SECONDS_PER_DAY * peakToAverage;
    }

    /** Average arrival rate per second over a day at multiplier {@code m} (open workloads). */
    public double averageArrivalRate(double m) {
        return peakArrivalRate(m) / peakToAverage;
    }

    /** Users at multiplier {@code m}, or null when the workload is given as a rate only. */
    public Double usersAt(double m) {
        return users == null ? null : users * m;
    }

    public Workload withUsers(Double newUsers) {
        return new Workload(type, newUsers, requestsPerUserPerDay, peakToAverage,
                arrivalRatePerSecond, thinkTimeMs, classes, dailyProfile, policy);
    }

    public Workload withClasses(List<RequestClass> newClasses) {
        return new Workload(type, users, requestsPerUserPerDay, peakToAverage,
                arrivalRatePerSecond, thinkTimeMs, newClasses, dailyProfile, policy);
    }

    public Workload withPolicy(CallPolicy p) {
        return new Workload(type, users, requestsPerUserPerDay, peakToAverage,
                arrivalRatePerSecond, thinkTimeMs, classes, dailyProfile, p);
    }
}
