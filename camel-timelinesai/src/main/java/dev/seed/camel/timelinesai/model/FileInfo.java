package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A file uploaded to the workspace. {@code temporaryDownloadUrl} (valid 15 minutes) is only set by
 * {@code files/get} and uploads, not by {@code files/list}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FileInfo(
        @JsonProperty("uid") String uid,
        @JsonProperty("filename") String filename,
        @JsonProperty("size") long size,
        @JsonProperty("mimetype") String mimetype,
        @JsonProperty("uploaded_by_email") String uploadedByEmail,
        @JsonProperty("uploaded_at") String uploadedAt,
        @JsonProperty("temporary_download_url") String temporaryDownloadUrl) {
}
