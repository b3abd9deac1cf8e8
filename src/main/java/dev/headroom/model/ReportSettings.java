package dev.headroom.model;

import java.time.LocalDate;

/**
 * How the client report is branded (the model file's {@code report} object,
 * docs/model-format.md). Never changes any result. Every field may be null: no client line, no
 * "prepared by", today's date, no logo, no executive summary.
 *
 * @param client the client the report is prepared for ("Acme Ltd")
 * @param preparedBy who prepared it ("Jane Doe, Example Consulting")
 * @param date the date printed on the cover; null: the day the report is made
 * @param logo a PNG or JPEG file for the cover, relative to the model file's folder (or absolute)
 * @param summary the executive summary, plain text; a blank line starts a new paragraph
 * @param includeDescription whether the model's technical description goes into the report
 */
public record ReportSettings(String client, String preparedBy, LocalDate date, String logo,
        String summary, boolean includeDescription) {
    /** No branding, no description: what a model without a {@code report} object gets. */
    public static final ReportSettings NONE = new ReportSettings(null, null, null, null, null,
            false);

    public ReportSettings {
        client = blankToNull(client);
        preparedBy = blankToNull(preparedBy);
        logo = blankToNull(logo);
        summary = blankToNull(summary);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether a logo file name says PNG or JPEG, the formats a report can embed. */
    public static boolean isImageName(String file) {
        String f = file.strip().toLowerCase(java.util.Locale.ROOT);
        return f.endsWith(".png") || f.endsWith(".jpg") || f.endsWith(".jpeg");
    }

    public boolean isNone() {
        return equals(NONE);
    }

    public ReportSettings withClient(String c) {
        return new ReportSettings(c, preparedBy, date, logo, summary, includeDescription);
    }

    public ReportSettings withPreparedBy(String p) {
        return new ReportSettings(client, p, date, logo, summary, includeDescription);
    }

    public ReportSettings withDate(LocalDate d) {
        return new ReportSettings(client, preparedBy, d, logo, summary, includeDescription);
    }

    public ReportSettings withLogo(String l) {
        return new ReportSettings(client, preparedBy, date, l, summary, includeDescription);
    }

    public ReportSettings withSummary(String s) {
        return new ReportSettings(client, preparedBy, date, logo, s, includeDescription);
    }

    public ReportSettings withIncludeDescription(boolean b) {
        return new ReportSettings(client, preparedBy, date, logo, summary, b);
    }
}
