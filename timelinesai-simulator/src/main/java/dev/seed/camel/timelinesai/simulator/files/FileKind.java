package dev.seed.camel.timelinesai.simulator.files;

import java.util.Locale;

/** The file categories of the API with their upload size caps (images, audio, video 16 MB; documents 100 MB). */
public enum FileKind {
    IMAGE("image", 16),
    AUDIO("audio", 16),
    VIDEO("video", 16),
    DOCUMENT("document", 100);

    private static final long MB = 1024L * 1024;
    private final String label;
    private final long maxBytes;

    FileKind(String label, long maxMegabytes) {
        this.label = label;
        this.maxBytes = maxMegabytes * MB;
    }

    /** The largest file of any kind. */
    public static long largestCap() {
        return DOCUMENT.maxBytes;
    }

    /** The kind of a mime type; anything that is not image, audio or video is sent as a document. */
    public static FileKind of(String mimetype) {
        String type = mimetype == null ? "" : mimetype.toLowerCase(Locale.ROOT);
        if (type.startsWith("image/")) {
            return IMAGE;
        }
        if (type.startsWith("audio/")) {
            return AUDIO;
        }
        if (type.startsWith("video/")) {
            return VIDEO;
        }
        return DOCUMENT;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public boolean allows(long size) {
        return size <= maxBytes;
    }

    /** e.g. "image files may be at most 16 MB". */
    public String limitText() {
        return label + " files may be at most " + (maxBytes / MB) + " MB";
    }
}
