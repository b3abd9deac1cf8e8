package dev.headroom.cli;

import dev.headroom.cost.Catalog;
import dev.headroom.cost.CatalogLibrary;
import dev.headroom.cost.Commitment;
import dev.headroom.cost.PriceItem;
import dev.headroom.cost.PriceQuote;
import dev.headroom.io.CatalogLoader;
import dev.headroom.model.Names;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "pricing", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = {
        "List the pricing catalogs, the prices of one, or look one SKU up.",
        "Catalogs: bundled, ~/.headroom/pricing/*.json, and *.pricing.json next to a model."})
final class PricingCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "CATALOG", description = "Catalog id.")
    String catalogId;

    @Parameters(index = "1", arity = "0..1", paramLabel = "SKU", description = "Item to look up.")
    String sku;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CatalogLoader.Result r = CatalogLoader.load(CatalogLoader.userFolder(), null);
        if (!r.problems().isEmpty()) {
            throw new InputException(r.problems().stream().map(Object::toString).toList());
        }
        CatalogLibrary lib = r.library();
        PrintWriter out = spec.commandLine().getOut();
        if (catalogId == null) {
            Table t = new Table("catalog", "provider", "region", "items", "confirmed", "read")
                    .left(1, 2);
            for (Catalog c : lib.all()) {
                long confirmed = c.items().stream().filter(PriceItem::confirmed).count();
                t.row(c.id(), c.provider(), c.region(), Integer.toString(c.items().size()),
                        Long.toString(confirmed), c.read().toString());
            }
            t.print(out);
            return Cli.OK;
        }
        Catalog c = lib.find(catalogId).orElseThrow(() -> new InputException(List.of(
                "unknown pricing catalog \"" + catalogId + "\"" + Names.didYouMean(catalogId,
                        lib.ids()) + " (known: " + String.join(", ", lib.ids()) + ")")));
        if (sku == null) {
            out.printf("%s — %s, %s (%s, read %s)%n", c.id(), c.provider(), c.region(),
                    c.currency(), c.read());
            Table t = new Table("sku", "category", "unit", "USD", "vCPU", "GiB", "confirmed")
                    .left(1, 2, 6);
            for (PriceItem i : c.items()) {
                t.row(i.sku(), i.category().key(), i.unit().key(),
                        usd(c.quote(i, Commitment.ON_DEMAND).usd()),
                        i.vcpus().isPresent() ? fmt(i.vcpus().getAsDouble()) : "",
                        i.memory().isPresent() ? fmt(i.memory().getAsDouble()) : "",
                        i.confirmed() ? "yes" : "no");
            }
            t.print(out);
            return Cli.OK;
        }
        PriceItem i = c.find(sku).orElseThrow(() -> {
            List<String> near = c.nearest(sku, 3);
            return new InputException(List.of("unknown SKU \"" + sku + "\" in " + c.id()
                    + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?")));
        });
        out.printf("%s in %s: %s per %s (%s, %s)%n", i.sku(), c.id(),
                usd(c.quote(i, Commitment.ON_DEMAND).usd()), i.unit().key(), i.category().key(),
                i.family());
        for (Commitment k : Commitment.values()) {
            if (k != Commitment.ON_DEMAND && i.offers(k)) {
                PriceQuote q = c.quote(i, k);
                // a commitment's own source, when it is not the on-demand price's
                out.printf("  %s: %s per %s%s%n", k.key(), usd(q.usd()), i.unit().key(),
                        q.source().equals(i.source()) ? "" : " (source: " + q.source() + ")");
            }
        }
        out.printf("  source: %s (read %s%s)%n", i.source(), i.read(),
                i.confirmed() ? "" : ", not re-confirmed");
        i.note().ifPresent(n -> out.println("  note: " + n));
        return Cli.OK;
    }

    private static String usd(double v) {
        return v >= 0.01 ? String.format(Locale.ROOT, "$%,.4f", v)
                : String.format(Locale.ROOT, "$%.10f", v).replaceAll("0+$", "");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
