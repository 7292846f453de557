package dev.seed.camel.timelinesai.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A file TimelinesAI should fetch from a public URL ({@code POST /files}); name and type are optional overrides. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileByUrl(
        @JsonProperty("download_url") String downloadUrl,
        @JsonProperty("filename") String filename,
        @JsonProperty("content_type") String contentType) {
}
