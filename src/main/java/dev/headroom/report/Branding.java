package dev.headroom.report;

import dev.headroom.model.ReportSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a report says about who made it and for whom: a model's {@link ReportSettings} made
 * ready to print, the logo read and checked. Built with {@link #of}, which names the field
 * ({@code report.logo: …}) when the logo cannot be used.
 *
 * @param date the date on the cover (never null)
 * @param logo the logo's bytes (PNG or JPEG), or null
 * @param logoType {@code image/png} or {@code image/jpeg}, or null without a logo
 */
public record Branding(String client, String preparedBy, LocalDate date, byte[] logo,
        String logoType, String summary, boolean includeDescription) {
    /** The largest logo embedded: a cover logo needs far less. */
    public static final int MAX_LOGO_BYTES = 2 * 1024 * 1024;

    public Branding {
        Objects.requireNonNull(date);
        logo = logo == null ? null : logo.clone();
    }

    /** No branding and no description, dated {@code date}. */
    public static Branding plain(LocalDate date) {
        return new Branding(null, null, date, null, null, null, false);
    }

    /** A logo, client or preparer that cannot be used: the message names the field. */
    public static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        public Problem(String message) {
            super(message);
        }
    }

    /**
     * The settings ready to print: the logo read relative to {@code modelFolder} (null: the
     * working folder), the date {@code today} unless the settings give one.
     */
    public static Branding of(ReportSettings s, Path modelFolder, LocalDate today)
            throws Problem {
        byte[] logo = null;
        String type = null;
        if (s.logo() != null) {
            Path p = Path.of(s.logo());
            if (!p.isAbsolute() && modelFolder != null) {
                p = modelFolder.resolve(p);
            }
            try {
                long size = Files.size(p);
                if (size > MAX_LOGO_BYTES) {
                    throw new Problem("report.logo: " + s.logo() + " is larger than 2 MB; use a "
                            + "smaller image");
                }
                logo = Files.readAllBytes(p);
            } catch (NoSuchFileException e) {
                throw new Problem("report.logo: no such file: " + p);
            } catch (IOException e) {
                throw new Problem("report.logo: cannot read " + p + ": " + e.getMessage());
            }
            type = imageType(logo);
            if (type == null) {
                throw new Problem("report.logo: " + s.logo() + " is not a PNG or JPEG image");
            }
        }
        return new Branding(s.client(), s.preparedBy(), s.date() == null ? today : s.date(),
                logo, type, s.summary(), s.includeDescription());
    }

    /** {@code image/png} or {@code image/jpeg} by the file's first bytes, else null. */
    static String imageType(byte[] b) {
        if (b.length >= 8 && Arrays.equals(Arrays.copyOf(b, 8), new byte[] {(byte) 0x89, 'P',
                'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8
                && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }

    @Override
    public byte[] logo() {
        return logo == null ? null : logo.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Branding b && Objects.equals(client, b.client)
                && Objects.equals(preparedBy, b.preparedBy) && date.equals(b.date)
                && Arrays.equals(logo, b.logo) && Objects.equals(summary, b.summary)
                && includeDescription == b.includeDescription;
    }

    @Override
    public int hashCode() {
        return Objects.hash(client, preparedBy, date, Arrays.hashCode(logo), summary,
                includeDescription);
    }

    @Override
    public String toString() {
        return "Branding[client=" + client + ", preparedBy=" + preparedBy + ", date=" + date
                + ", logo=" + (logo == null ? "none" : logo.length + " bytes " + logoType)
                + ", summary=" + (summary == null ? "none" : summary.length() + " chars")
                + ", includeDescription=" + includeDescription + "]";
    }
}
