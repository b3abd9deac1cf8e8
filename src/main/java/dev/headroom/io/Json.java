package dev.headroom.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON tree read and written through Jackson's streaming core.
 *
 * <p>Why not jackson-databind's {@code JsonNode}: loading and verifying databind's ~400 classes
 * costs a cold JVM about 0.3 s, which alone would break the promise that {@code solve} answers
 * from a cold start in under half a second. The streaming parser gives the same strictness
 * (duplicate keys, trailing tokens, line and column of errors) for a fraction of that.
 */
public final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** What a node holds. */
    public enum Type { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    private final Type type;
    private final Object value;

    private Json(Type type, Object value) {
        this.type = type;
        this.value = value;
    }

    public static final Json NULL = new Json(Type.NULL, null);

    public static Json object() {
        return new Json(Type.OBJECT, new LinkedHashMap<String, Json>());
    }

    public static Json array() {
        return new Json(Type.ARRAY, new ArrayList<Json>());
    }

    public static Json of(String s) {
        return s == null ? NULL : new Json(Type.STRING, s);
    }

    public static Json of(double d) {
        return new Json(Type.NUMBER, d);
    }

    public static Json of(long n) {
        return new Json(Type.NUMBER, n);
    }

    public static Json of(boolean b) {
        return new Json(Type.BOOLEAN, b);
    }

    /**
     * A number rounded to 12 significant digits, or null when {@code v} is null or not finite
     * (JSON has no NaN). Every figure is far less certain than 12 digits, and the rounding keeps
     * floating-point noise such as {@code 10000.000000000002} out of what is printed.
     */
    public static Json number(Double v) {
        return v == null || !Double.isFinite(v) ? NULL : of(rounded(v));
    }

    /** {@code v} to 12 significant digits. */
    public static double rounded(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
    }

    public Type type() {
        return type;
    }

    public boolean isObject() {
        return type == Type.OBJECT;
    }

    public boolean isArray() {
        return type == Type.ARRAY;
    }

    public boolean isTextual() {
        return type == Type.STRING;
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    public boolean isBoolean() {
        return type == Type.BOOLEAN;
    }

    public boolean isNull() {
        return type == Type.NULL;
    }

    public String asText() {
        return type == Type.STRING ? (String) value : toString();
    }

    public double asDouble() {
        return type == Type.NUMBER ? ((Number) value).doubleValue() : Double.NaN;
    }

    public boolean asBoolean() {
        return type == Type.BOOLEAN && (Boolean) value;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Json> map() {
        return (Map<String, Json>) value;
    }

    @SuppressWarnings("unchecked")
    private List<Json> list() {
        return (List<Json>) value;
    }

    /** The member {@code field} of an object, or null when absent (or this is no object). */
    public Json get(String field) {
        return type == Type.OBJECT ? map().get(field) : null;
    }

    /** Members of an object, in file order. */
    public Map<String, Json> fields() {
        return type == Type.OBJECT ? Collections.unmodifiableMap(map()) : Map.of();
    }

    /** Elements of an array. */
    public List<Json> elements() {
        return type == Type.ARRAY ? Collections.unmodifiableList(list()) : List.of();
    }

    /** Element {@code i} of an array, or null. */
    public Json get(int i) {
        return type == Type.ARRAY && i >= 0 && i < list().size() ? list().get(i) : null;
    }

    /** The number, as a double (NaN for a non-number). */
    public double doubleValue() {
        return asDouble();
    }

    /** The string, or null for a non-string. */
    public String textValue() {
        return type == Type.STRING ? (String) value : null;
    }

    public int size() {
        return type == Type.OBJECT ? map().size() : type == Type.ARRAY ? list().size() : 0;
    }

    public Iterator<String> fieldNames() {
        return fields().keySet().iterator();
    }

    // ---- building ----------------------------------------------------------------------------

    public Json put(String field, Json v) {
        map().put(field, v);
        return this;
    }

    public Json put(String field, String v) {
        return put(field, of(v));
    }

    public Json put(String field, double v) {
        return put(field, of(v));
    }

    public Json put(String field, long v) {
        return put(field, of(v));
    }

    public Json put(String field, boolean v) {
        return put(field, of(v));
    }

    public Json putNumber(String field, Double v) {
        return put(field, number(v));
    }

    public Json add(Json v) {
        list().add(v);
        return this;
    }

    // ---- reading and writing -------------------------------------------------------------

    /**
     * Parses one JSON value.
     *
     * @throws JsonProcessingException with a location on malformed input or trailing content
     */
    public static Json parse(String text) throws JsonProcessingException {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            Json root = read(p, t);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p,
                        "unexpected content after the end of the JSON value");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Json read(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                Json o = object();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    String name = p.currentName();
                    o.put(name, read(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY -> {
                Json a = array();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    a.add(read(p, n));
                }
                return a;
            }
            case VALUE_STRING -> {
                return of(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? of(p.getDoubleValue()) : of(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return of(p.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return of(true);
            }
            case VALUE_FALSE -> {
                return of(false);
            }
            case VALUE_NULL -> {
                return NULL;
            }
            default -> throw new com.fasterxml.jackson.core.JsonParseException(p,
                    "unexpected " + t);
        }
    }

    /** Two-space indented JSON with a trailing newline-free last line. */
    public String pretty() {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            write(g, this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void write(JsonGenerator g, Json v) throws IOException {
        switch (v.type) {
            case OBJECT -> {
                g.writeStartObject();
                for (Map.Entry<String, Json> e : v.map().entrySet()) {
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (Json e : v.list()) {
                    write(g, e);
                }
                g.writeEndArray();
            }
            case STRING -> g.writeString((String) v.value);
            case NUMBER -> {
                if (v.value instanceof Long l) {
                    g.writeNumber(l);
                } else {
                    double d = (Double) v.value;
                    g.writeNumber(d == 0 ? 0.0 : d);
                }
            }
            case BOOLEAN -> g.writeBoolean((Boolean) v.value);
            case NULL -> g.writeNull();
        }
    }

    @Override
    public String toString() {
        return switch (type) {
            case STRING -> (String) value;
            case NUMBER, BOOLEAN -> String.valueOf(value);
            case NULL -> "null";
            default -> pretty();
        };
    }
}
