package dev.seed.camel.timelinesai.simulator.files;

import java.util.Locale;
import java.util.Map;

/** Mime types guessed from file name extensions, and the other way round, for the types WhatsApp carries. */
public final class MimeTypes {
    /** The type of bytes nothing is known about. */
    public static final String OCTET_STREAM = "application/octet-stream";
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("pdf", "application/pdf"), Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"), Map.entry("zip", "application/zip"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("ogg", "audio/ogg"), Map.entry("oga", "audio/ogg"),
            Map.entry("aac", "audio/aac"), Map.entry("mp4", "video/mp4"), Map.entry("3gp", "video/3gpp"));
    private static final Map<String, String> EXTENSION_BY_TYPE = Map.ofEntries(
            Map.entry("image/jpeg", "jpg"), Map.entry("image/png", "png"), Map.entry("image/gif", "gif"),
            Map.entry("image/webp", "webp"), Map.entry("application/pdf", "pdf"), Map.entry("text/plain", "txt"),
            Map.entry("text/csv", "csv"), Map.entry("audio/mpeg", "mp3"), Map.entry("audio/ogg", "ogg"),
            Map.entry("audio/aac", "aac"), Map.entry("video/mp4", "mp4"), Map.entry("video/3gpp", "3gp"),
            Map.entry("application/zip", "zip"));

    private MimeTypes() {
    }

    /** The mime type for a file name's extension, {@link #OCTET_STREAM} when unknown. */
    public static String fromFilename(String filename) {
        String extension = extension(filename);
        return extension == null ? OCTET_STREAM : BY_EXTENSION.getOrDefault(extension, OCTET_STREAM);
    }

    /** The bare, lower-case type of a Content-Type header (parameters dropped); null for null or blank. */
    public static String normalize(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String bare = (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).trim().toLowerCase(Locale.ROOT);
        return bare.isEmpty() ? null : bare;
    }

    /**
     * The mime type to store: the declared one if it says something, else a guess from the file name.
     * {@code application/octet-stream} declares nothing (it is what clients send when they do not know).
     */
    public static String decide(String declared, String filename) {
        String normalized = normalize(declared);
        if (normalized != null && !OCTET_STREAM.equals(normalized)) {
            return normalized;
        }
        return fromFilename(filename);
    }

    /** The file name with an extension that fits the mime type added when it has none. */
    public static String withExtension(String filename, String mimetype) {
        if (extension(filename) != null) {
            return filename;
        }
        String extension = EXTENSION_BY_TYPE.get(normalize(mimetype));
        return extension == null ? filename : filename + "." + extension;
    }

    private static String extension(String filename) {
        if (filename == null) {
            return null;
        }
        int dot = filename.lastIndexOf('.');
        if (dot < 0 || dot == filename.length() - 1) {
            return null;
        }
        return filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
