package io.restwell.platform.defaults.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Entity tags whose opaque part is an entity's version ({@code "3"}, weak {@code W/"3"} too): the
 * {@code ETag} to send, and what an {@code If-Match} or {@code If-None-Match} header asks for (a list of
 * tags, or {@code *}). Plain static methods; a service maps {@link MalformedTagException} to a 400.
 */
public final class EntityTags {

    /** A header's condition: any current representation ({@code *}), or one of these versions. */
    public record Condition(boolean any, List<Long> versions) {

        public boolean matches(long version) {
            return any || versions.contains(version);
        }
    }

    /** A header that is not a list of quoted tags nor {@code *}. */
    public static class MalformedTagException extends IllegalArgumentException {

        private final String header;

        public MalformedTagException(String header) {
            super("must be an entity tag such as \"3\" (with the quotes), a list of them, or *");
            this.header = header;
        }

        public String header() {
            return header;
        }
    }

    private EntityTags() {
    }

    /** The strong tag of a version: {@code "3"}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Empty when the header is absent or blank. */
    public static Optional<Condition> parse(String value, String headerName) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.trim().equals("*")) {
            return Optional.of(new Condition(true, List.of()));
        }
        List<Long> versions = new ArrayList<>();
        for (String tag : value.split(",")) {
            String opaque = tag.trim();
            if (opaque.startsWith("W/")) {
                opaque = opaque.substring(2); // weak comparison: a version is a version
            }
            if (opaque.length() < 2 || !opaque.startsWith("\"") || !opaque.endsWith("\"")) {
                throw new MalformedTagException(headerName);
            }
            try {
                versions.add(Long.parseLong(opaque.substring(1, opaque.length() - 1)));
            } catch (NumberFormatException notOurs) {
                versions.add(-1L); // a tag never issued matches nothing
            }
        }
        return Optional.of(new Condition(false, List.copyOf(versions)));
    }
}
