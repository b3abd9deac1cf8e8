package dev.headroom.report;

/**
 * Escaping for the report's XHTML. Model files are untrusted input: every name, description and
 * note passes through {@link #text} before it reaches a page, so a model named
 * {@code <script>…} prints as text and a report is always safe to open.
 */
public final class Html {
    private Html() {}

    /**
     * {@code s} as XHTML character data or an attribute value: markup characters escaped and
     * the characters XML forbids (control characters, unpaired surrogates) dropped: they would
     * make the PDF renderer fail.
     */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(ch) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(ch).append(s.charAt(++i));
                    } else if (Character.isSurrogate(ch)) {
                        continue;
                    } else if (ch == '\t' || ch == '\n' || ch == '\r'
                            || ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF) {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.toString();
    }
}
