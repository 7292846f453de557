package dev.seed.camel.timelinesai.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What happened on a call: status Missed, Answered, Rejected, No Answer or Ended (an open set). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallDetails(
        @JsonProperty("duration") Integer duration,
        @JsonProperty("direction") String direction,
        @JsonProperty("is_video") boolean isVideo,
        @JsonProperty("status") String status,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("message_uid") String messageUid,
        @JsonProperty("caller") Party caller,
        @JsonProperty("recipient") Party recipient) {
}
