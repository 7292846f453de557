package dev.seed.camel.timelinesai.consumer;

import java.util.ArrayList;
import java.util.List;

import dev.seed.camel.timelinesai.TimelinesAiConstants;
import dev.seed.camel.timelinesai.event.EventAttachment;
import dev.seed.camel.timelinesai.event.MessageEvent;
import dev.seed.camel.timelinesai.event.TimelinesAiEvent;
import dev.seed.camel.timelinesai.event.waba.WabaMessageData;
import dev.seed.camel.timelinesai.internal.transport.ApiResponse;
import dev.seed.camel.timelinesai.internal.transport.ApiTransport;
import dev.seed.camel.timelinesai.internal.transport.ErrorResponses;
import org.apache.camel.Exchange;

/** Downloads the files of a message event (WhatsApp or WABA) before their 15-minute URLs expire, into a header of the exchange. */
final class AttachmentDownloader {
    private final ApiTransport transport;

    AttachmentDownloader(ApiTransport transport) {
        this.transport = transport;
    }

    void download(TimelinesAiEvent event, Exchange exchange) {
        List<EventAttachment> attachments = attachmentsOf(event);
        if (attachments.isEmpty()) {
            return;
        }
        List<DownloadedAttachment> files = new ArrayList<>();
        for (EventAttachment attachment : attachments) {
            if (attachment.temporaryDownloadUrl() == null) {
                continue;
            }
            ApiResponse response = transport.fetch(attachment.temporaryDownloadUrl());
            if (!response.isSuccess()) {
                throw ErrorResponses.toException("GET <temporary download URL of " + attachment.filename() + ">",
                        response);
            }
            files.add(new DownloadedAttachment(attachment.filename(),
                    attachment.mimetype() != null ? attachment.mimetype() : response.contentType(), response.body()));
        }
        exchange.getMessage().setHeader(TimelinesAiConstants.ATTACHMENTS, files);
    }

    private static List<EventAttachment> attachmentsOf(TimelinesAiEvent event) {
        if (event instanceof MessageEvent m && m.message() != null) {
            return m.message().attachments();
        }
        if (event instanceof WabaMessageData w && w.message() != null) {
            return w.message().attachments();
        }
        return List.of();
    }
}
