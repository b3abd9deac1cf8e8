package dev.headroom.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's syntax errors in a person's words: "malformed JSON at line 3, column 7: comments
 * are not allowed in JSON". Jackson's messages name its own settings
 * ({@code JsonReadFeature.ALLOW_COMMENTS}, {@code StreamReadConstraints.getMaxNestingDepth()}),
 * which mean nothing to whoever wrote the file; the common ones are rewritten, and any setting
 * name or source reference left in another is cut.
 */
final class JsonErrors {
    private JsonErrors() {}

    private record Rule(Pattern pattern, String replacement) {}

    private static final List<Rule> RULES = List.of(
            rule("Non-standard token '(-?)(NaN|Infinity)'.*", "$1$2 is not a JSON number"),
            rule(".*maybe a \\(non-standard\\) comment.*", "comments are not allowed in JSON"),
            rule(".*numbers to have plus signs.*", "a number must not start with '+'"),
            rule("Invalid numeric value: Leading zeroes not allowed.*",
                    "a number must not start with 0 (write 1, not 01)"),
            rule(".*Decimal point not followed by a digit.*",
                    "a decimal point must be followed by a digit (write 1.0 or 1, not 1.)"),
            rule(".*expected digit \\(0-9\\) to follow minus sign.*",
                    "a minus sign must be followed by a digit"),
            rule("Illegal unquoted character \\(\\(CTRL-CHAR, code 10\\)\\).*",
                    "a line break inside a string must be written as \\\\n"),
            rule("Illegal unquoted character \\(\\(CTRL-CHAR, code 9\\)\\).*",
                    "a tab inside a string must be written as \\\\t"),
            rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    "control character $1 inside a string must be written as \\\\u escape"),
            rule("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    "control character $1 between values: only spaces, tabs and line breaks "
                            + "may separate them"),
            rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting double-quote to "
                    + "start field name.*",
                    "expected a field name in double quotes, found '$1' (a comma before '}', or "
                            + "single quotes?)"),
            rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting a colon to "
                    + "separate field name and value.*", "expected ':' after the field name, "
                            + "found '$1'"),
            rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): was expecting comma to "
                    + "separate (Object|Array) entries.*", "expected ',' between $2 entries, "
                            + "found '$1'"),
            rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): expected a valid value.*",
                    "expected a value (a string, number, object, array, true, false or null), "
                            + "found '$1'"),
            rule("Unexpected character \\('(.)' \\(code \\d+\\)\\): expected a hex-digit.*",
                    "expected four hex digits after \\\\u, found '$1'"),
            rule("Unexpected character \\('(.)' \\(code \\d+\\)\\)(.*)", "unexpected '$1'$2"),
            rule("Unrecognized token '(.*)': was expecting.*",
                    "unexpected word '$1' (strings need double quotes; true, false and null "
                            + "are lower case)"),
            rule("Unrecognized character escape '(.)'.*",
                    "\\\\$1 is not a JSON escape (use \\\\\\\\ for a backslash)"),
            rule("Unexpected close marker '(.)': expected '(.)'.*",
                    "unexpected '$1' where '$2' closes what is open"),
            rule("Unexpected end-of-input: expected close marker for (Object|Array).*",
                    "the file ends before every $1 is closed (a missing } or ])"),
            rule("Unexpected end-of-input: was expecting closing quote.*",
                    "the file ends inside a string (a missing \")"),
            rule("Unexpected end-of-input.*", "the file ends too early"),
            rule("Duplicate field '(.*)'.*", "the field \"$1\" appears twice"),
            rule("Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
                    "nested deeper than $2 levels"),
            rule("String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
                    "a string longer than $2 characters"),
            rule("Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
                    "a number longer than $2 digits"),
            rule("Name length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
                    "a field name longer than $2 characters"));

    private static Rule rule(String regex, String replacement) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), replacement);
    }

    /** Leftovers naming Jackson itself: "(for Object starting at [Source: …])" and the like. */
    private static final Pattern JACKSON = Pattern.compile(
            "\\s*\\((?:[^()]|\\([^()]*\\))*(?:Feature|Constraints|Source:|REDACTED)"
                    + "(?:[^()]|\\([^()]*\\))*\\)|:?\\s*enable `[^`]*` to allow|`[^`]*`");

    /** "malformed JSON at line L, column C: what is wrong". */
    static String describe(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String msg = plain(e.getOriginalMessage(), e instanceof StreamConstraintsException);
        if (loc == null || loc.getLineNr() < 1) {
            return "malformed JSON: " + msg;
        }
        return "malformed JSON at line " + loc.getLineNr() + ", column " + loc.getColumnNr()
                + ": " + msg;
    }

    /** Jackson's message rewritten (exposed for tests). */
    static String plain(String jackson, boolean limit) {
        String msg = jackson == null ? "" : jackson;
        int cut = msg.indexOf('\n');
        if (cut > 0) {
            msg = msg.substring(0, cut);
        }
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(msg);
            if (m.matches()) {
                return visible(m.replaceFirst(r.replacement()));
            }
        }
        msg = JACKSON.matcher(msg).replaceAll("").trim();
        if (msg.isEmpty()) {
            return limit ? "the file is too large or too deeply nested" : "not valid JSON";
        }
        return visible(Character.toLowerCase(msg.charAt(0)) + msg.substring(1));
    }

    /** Control characters quoted from the file, as U+001B rather than raw. */
    private static String visible(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                b.append(String.format(Locale.ROOT, "U+%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
