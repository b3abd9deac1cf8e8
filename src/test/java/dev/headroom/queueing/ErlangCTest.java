package dev.headroom.queueing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErlangCTest {

    private static final MathContext MC = new MathContext(40);

    @Test
    void erlangBWithOneServerIsAOverOnePlusA() {
        // Closed form B(1, a) = a / (1 + a) (Kleinrock Vol. 1 eq. 3.46 with c = 1); 1e-15.
        for (double a : new double[] {0.0, 0.1, 1.0, 7.5, 1e6}) {
            assertThat(ErlangC.erlangB(1, a)).isCloseTo(a / (1 + a), within(1e-15));
        }
    }

    @Test
    void erlangBOfTwoServersAtOneErlangIsOneFifth() {
        // B(2, 1) = (1/2!) / (1 + 1 + 1/2!) = 0.5 / 2.5 = 0.2 from the definition; 1e-15.
        assertThat(ErlangC.erlangB(2, 1.0)).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void erlangCOfTwoServersAtOneErlangIsOneThird() {
        // C(2, 1) = 1/3: M/M/2 at rho = 1/2, P(wait) = 2 rho^2 / (1 + rho) (Gross & Harris, 4th ed.,
        // §2.3); 1e-15.
        assertThat(ErlangC.erlangC(2, 1.0)).isCloseTo(1.0 / 3, within(1e-15));
    }

    @Test
    void erlangCWithOneServerIsTheUtilization() {
        // M/M/1: P(wait) = rho (Kleinrock Vol. 1 §3.2); 1e-15.
        for (double rho : new double[] {0.0, 0.01, 0.5, 0.9, 0.999999}) {
            assertThat(ErlangC.erlangC(1, rho)).isCloseTo(rho, within(1e-15));
        }
    }

    @ParameterizedTest(name = "C({0}, {1}) = {2}")
    @CsvSource({
        // c = 2: C(2, a) = a^2 / (2 + a), derived from P(wait) = 2 rho^2 / (1 + rho), rho = a/2.
        "2, 1.5, 0.642857142857142857",   // 2.25 / 3.5
        // c = 3, a = 2: a^3/3! * 3/(3-a) = 4; sum_{k<3} a^k/k! = 1 + 2 + 2 = 5; C = 4/9.
        "3, 2.0, 0.444444444444444444",
        // c = 4, a = 2: a^4/4! * 4/2 = 4/3; sum_{k<4} = 1 + 2 + 2 + 4/3 = 19/3; C = (4/3)/(23/3) = 4/23.
        "4, 2.0, 0.173913043478260870",
    })
    void erlangCMatchesClosedForms(int c, double a, double expected) {
        // Tolerance 1e-14 (absolute).
        assertThat(ErlangC.erlangC(c, a)).isCloseTo(expected, within(1e-14));
    }

    @ParameterizedTest(name = "c={0}, a={1}")
    @CsvSource({"1, 0.3", "5, 4.2", "10, 8.0", "20, 17.5", "50, 45.0", "100, 99.0", "170, 160.0"})
    void erlangCMatchesTheFactorialDefinitionInExactArithmetic(int c, double a) {
        // Independent source: the textbook definition (Kleinrock Vol. 1 eq. 3.40)
        // C = (a^c/c! * c/(c-a)) / (sum_{k<c} a^k/k! + a^c/c! * c/(c-a)) evaluated with
        // 40-digit BigDecimal arithmetic. Relative tolerance 1e-12.
        BigDecimal bigA = new BigDecimal(a);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < c; k++) {
            sum = sum.add(term, MC);
            term = term.multiply(bigA, MC).divide(BigDecimal.valueOf(k + 1), MC);
        }
        BigDecimal last = term.multiply(BigDecimal.valueOf(c), MC)
                .divide(BigDecimal.valueOf(c).subtract(bigA), MC);
        double expected = last.divide(sum.add(last, MC), MC).doubleValue();
        assertThat(ErlangC.erlangC(c, a)).isCloseTo(expected, within(1e-12 * expected));
        // Erlang B from the same definition: (a^c/c!) / sum_{k<=c} a^k/k!.
        double expectedB = term.divide(sum.add(term, MC), MC).doubleValue();
        assertThat(ErlangC.erlangB(c, a)).isCloseTo(expectedB, within(1e-12 * expectedB));
    }

    @Test
    void erlangCStaysFiniteForThousandsOfServers() {
        // Factorials would overflow at c = 171; the recurrence must not.
        double pWait = ErlangC.erlangC(5000, 4990.0);
        assertThat(pWait).isFinite().isBetween(0.0, 1.0);
        assertThat(ErlangC.erlangB(100_000, 90_000.0)).isFinite().isBetween(0.0, 1.0);
    }

    @Test
    void erlangCRejectsAnUnstableLoad() {
        assertThatThrownBy(() -> ErlangC.erlangC(2, 2.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below the server count");
        assertThatThrownBy(() -> ErlangC.erlangB(0, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErlangC.erlangB(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErlangC.erlangB(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
