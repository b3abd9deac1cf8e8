package dev.headroom.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.headroom.Fixtures;
import dev.headroom.app.Analysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A bill made without its arithmetic in words (for the draws of a model's ranges) has the same
 * lines, amounts, warnings and unpriced parts as the bill, only with empty arithmetic.
 */
class BillWithoutArithmeticTest {
    @Test
    void everyBundledModelsBillHasTheSameAmountsWithoutWords() throws IOException {
        List<Path> models;
        try (Stream<Path> files = Files.list(Path.of("models"))) {
            models = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(models).isNotEmpty();
        for (Path file : models) {
            Analysis a = Fixtures.analysis(file);
            for (double m : new double[] {0.5, 1, 3.7, 10}) {
                Bill full = Billing.bill(a.model(), a.network(), m, Fixtures.catalogs());
                Bill bare = Billing.billWithoutArithmetic(a.model(), a.network(), m,
                        Fixtures.catalogs());
                assertThat(bare.totalUsd()).as(file + " at " + m).isEqualTo(full.totalUsd());
                assertThat(bare.perThousandUsersUsd()).isEqualTo(full.perThousandUsersUsd());
                assertThat(bare.unpriced()).isEqualTo(full.unpriced());
                assertThat(bare.warnings()).isEqualTo(full.warnings());
                assertThat(bare.lines()).hasSameSizeAs(full.lines());
                for (int i = 0; i < full.lines().size(); i++) {
                    LineItem f = full.lines().get(i);
                    LineItem b = bare.lines().get(i);
                    assertThat(b.arithmetic()).isEmpty();
                    assertThat(f.arithmetic()).isNotEmpty();
                    assertThat(new LineItem(b.componentId(), b.item(), b.category(), b.sku(),
                            b.quantity(), b.unit(), b.unitPriceUsd(), b.monthlyUsd(),
                            f.arithmetic(), b.source(), b.read(), b.status(), b.commitment()))
                            .isEqualTo(f);
                }
            }
        }
    }
}
