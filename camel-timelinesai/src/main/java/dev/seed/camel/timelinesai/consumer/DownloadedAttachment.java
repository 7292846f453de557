package dev.seed.camel.timelinesai.consumer;

/** A file of a message event, downloaded while its temporary URL was valid. */
public record DownloadedAttachment(String filename, String mimetype, byte[] content) {

    @Override
    public String toString() {
        return "DownloadedAttachment[" + filename + ", " + mimetype + ", " + (content == null ? 0 : content.length)
                + " bytes]";
    }
}
