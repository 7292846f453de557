package dev.seed.camel.timelinesai.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A file of a message event; its {@code temporaryDownloadUrl} works for 15 minutes after the delivery. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventAttachment(
        @JsonProperty("temporary_download_url") String temporaryDownloadUrl,
        @JsonProperty("filename") String filename,
        @JsonProperty("size") Long size,
        @JsonProperty("mimetype") String mimetype) {
}
