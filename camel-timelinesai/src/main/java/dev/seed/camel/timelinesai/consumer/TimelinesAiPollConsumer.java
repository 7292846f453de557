package dev.seed.camel.timelinesai.consumer;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.TimelinesAiEventsConfiguration;
import dev.seed.camel.timelinesai.TimelinesAiException;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.event.TimelinesAiEvent;
import dev.seed.camel.timelinesai.model.ChatInfo;
import dev.seed.camel.timelinesai.model.ChatPage;
import dev.seed.camel.timelinesai.model.MessageInfo;
import dev.seed.camel.timelinesai.model.Timestamps;
import dev.seed.camel.timelinesai.model.WhatsAppAccount;
import org.apache.camel.Processor;
import org.apache.camel.ShutdownRunningTask;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.ShutdownAware;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll mode of {@code timelinesai:events}, for hosts without a public URL. Each poll reads chats newest
 * first and stops at the first chat unchanged since the cursor, then reads only the new messages of the changed
 * chats ({@code after_message}, ascending), so a quiet workspace costs one API call a poll. The cursor is saved
 * after each poll and only advanced past what the route processed; the first poll only sets the cursor. A poll
 * in progress when Camel shuts down counts as pending, so it finishes its batch and saves its cursor first.
 */
@ManagedResource(description = "TimelinesAI poll consumer")
public class TimelinesAiPollConsumer extends ScheduledPollConsumer implements ShutdownAware {
    private static final Logger LOG = LoggerFactory.getLogger(TimelinesAiPollConsumer.class);

    private final TimelinesAiEventsConfiguration config;
    private final IdempotentRepository repository;
    private final AtomicLong apiCalls = new AtomicLong();
    private final AtomicLong chatErrors = new AtomicLong();
    /** 1 while a poll runs: its remaining events and its cursor save are pending work for the shutdown. */
    private final AtomicInteger polling = new AtomicInteger();
    private final Map<String, WhatsAppAccount> accounts = new HashMap<>();
    private PollCursor cursor;
    private EventDispatcher dispatcher;
    private ChatMessagesReader reader;

    public TimelinesAiPollConsumer(TimelinesAiEndpoint endpoint, Processor processor, IdempotentRepository repository) {
        super(endpoint, processor);
        this.config = endpoint.getEventsConfiguration();
        this.repository = repository;
        setDelay(config.getPollDelay());
        setInitialDelay(Math.min(1000, config.getPollDelay()));
    }

    @Override
    public TimelinesAiEndpoint getEndpoint() {
        return (TimelinesAiEndpoint) super.getEndpoint();
    }

    /** API calls made since start; the monthly API-call quota of TimelinesAI is finite. */
    @ManagedAttribute(description = "TimelinesAI API calls made by this consumer since it started")
    public long getApiCallCount() {
        return apiCalls.get();
    }

    /**
     * Chats whose new messages could not be read (an API error for that chat only, e.g. 403 or a 5xx after the
     * retries) since start; their cursor is kept and they are read again on the next poll.
     */
    @ManagedAttribute(description = "Chats skipped in a poll because the API failed for them, since start")
    public long getChatErrorCount() {
        return chatErrors.get();
    }

    /** Where the cursor is kept; for the default file {@code null} until the first poll found the workspace. */
    public PollStateStore getStateStore() {
        return cursor == null ? null : cursor.store();
    }

    @Override
    protected void doStart() throws Exception {
        ServiceHelper.startService(repository);
        dispatcher = new EventDispatcher(this, new LinkedHashSet<>(EventsOptionsValidator.eventTypes(config)),
                config.isIdempotent() ? repository : null, config.isDownloadAttachments()
                        ? new AttachmentDownloader(getEndpoint().getClient().transport()) : null);
        reader = new ChatMessagesReader(() -> getEndpoint().getClient(), apiCalls, config.getPollMaxChatPages());
        cursor = configuredCursor();
        super.doStart();
    }

    /** Stops the idempotent repository only when the consumer goes away, so a route restart keeps its keys. */
    @Override
    protected void doShutdown() throws Exception {
        ServiceHelper.stopAndShutdownService(repository);
        super.doShutdown();
    }

    /** The cursor in the configured store or file, or {@code null} for the default file. */
    private PollCursor configuredCursor() {
        if (config.getPollStateStore() != null) {
            return new PollCursor(config.getPollStateStore());
        }
        return config.getPollStateFile() == null ? null
                : new PollCursor(new FilePollStateStore(Path.of(config.getPollStateFile())));
    }

    /** The cursor in the default file, named after the workspace (one GET /workspace). */
    private PollCursor defaultCursor() {
        String workspaceId = call(() -> getEndpoint().getClient().workspace().get().workspaceId());
        return new PollCursor(PollCursor.defaultStore(PollCursor.DEFAULT_DIRECTORY,
                getEndpoint().getConfiguration().getBaseUrl(), config.getEventTypes(), workspaceId,
                getEndpoint().getConfiguration().getToken()));
    }

    @Override
    public boolean deferShutdown(ShutdownRunningTask shutdownRunningTask) {
        return false;
    }

    @Override
    public int getPendingExchangesSize() {
        return polling.get();
    }

    @Override
    public void prepareShutdown(boolean suspendOnly, boolean forced) {
        // nothing to release: a suspended consumer starts no new poll
    }

    @Override
    protected int poll() throws Exception {
        polling.set(1);
        try {
            return pollOnce();
        } finally {
            polling.set(0);
        }
    }

    private int pollOnce() {
        long before = apiCalls.get();
        if (cursor == null) {
            cursor = defaultCursor();
        }
        int events = cursor.state() == null ? seed() : pollChanges();
        LOG.debug("TimelinesAI poll: {} event(s), {} API call(s) (total {})", events, apiCalls.get() - before,
                apiCalls.get());
        return events;
    }

    /** The first poll ever: remembers where the workspace stands, emits nothing. */
    private int seed() {
        ChatPage page = listChats(1);
        Instant watermark = Instant.EPOCH;
        Map<Long, String> uids = new LinkedHashMap<>();
        for (ChatInfo chat : page) {
            Instant ts = ChangedChats.lastMessageTime(chat);
            if (ts != null) {
                watermark = ts.isAfter(watermark) ? ts : watermark;
                uids.put(chat.id(), chat.lastMessageUid());
            }
        }
        cursor.save(new PollState(watermark.toString(), uids));
        LOG.info("TimelinesAI poll consumer starts from {} (no earlier cursor)", watermark);
        return 0;
    }

    private int pollChanges() {
        Instant watermark = Instant.parse(cursor.state().watermark());
        Map<Long, String> uids = new LinkedHashMap<>(cursor.state().lastMessageUids());
        ChangedChats found = ChangedChats.find(this::listChats, config.getPollMaxChatPages(), watermark, uids);
        boolean reachedOld = found.complete();
        List<ChatInfo> changed = found.chats();
        if (!reachedOld) {
            LOG.warn("More than {} pages of chats changed since the last poll; the rest is read next time (option "
                    + "pollMaxChatPages)", config.getPollMaxChatPages());
        }
        Instant next = watermark;
        int events = 0;
        boolean chatFailed = false;
        for (ChatInfo chat : changed) {
            ChatResult result;
            try {
                result = processChat(chat, watermark, uids);
            } catch (TimelinesAiException e) {
                // this chat only: its cursor stays, the watermark stops before it, the other chats go on
                chatErrors.incrementAndGet();
                chatFailed = true;
                LOG.warn("TimelinesAI poll: could not read chat {} ({}); it is read again on the next poll",
                        chat.id(), e.getMessage());
                continue;
            }
            events += result.events();
            if (!result.complete()) {
                break;
            }
            Instant ts = ChangedChats.lastMessageTime(chat);
            next = chatFailed || !ts.isAfter(next) ? next : ts;
        }
        if (!reachedOld && !changed.isEmpty()) {
            next = watermark;
        }
        cursor.save(new PollState(next.toString(), uids));
        return events;
    }

    private record ChatResult(int events, boolean complete) {
    }

    private ChatResult processChat(ChatInfo chat, Instant watermark, Map<Long, String> uids) {
        String lastUid = uids.get(chat.id());
        OffsetDateTime created = Timestamps.parse(chat.createdTimestamp());
        boolean isNew = lastUid == null && created != null && !created.toInstant().isBefore(watermark);
        List<MessageInfo> messages = reader.newMessages(chat.id(), lastUid, watermark, isNew);
        WhatsAppAccount account = account(chat.whatsappAccountId());
        int events = 0;
        if (isNew) {
            boolean byContact = messages.stream().filter(TimelinesAiPollConsumer::isChatMessage).findFirst()
                    .map(m -> !m.fromMe()).orElse(true);
            int processed = emit(PollEventMapper.chatEvents(chat, byContact, account));
            if (processed < 0) {
                return new ChatResult(events, false);
            }
            events += processed;
        }
        for (MessageInfo message : messages) {
            if (isChatMessage(message)) {
                int processed = emit(PollEventMapper.messageEvents(chat, message, account));
                if (processed < 0) {
                    return new ChatResult(events, false);
                }
                events += processed;
            }
            uids.put(chat.id(), message.uid());
        }
        if (messages.isEmpty() && chat.lastMessageUid() != null) {
            uids.put(chat.id(), chat.lastMessageUid());
        }
        return new ChatResult(events, true);
    }

    /** Hands the events to the route in order: how many it processed, or -1 when one failed (the rest waits). */
    private int emit(List<TimelinesAiEvent> batch) {
        int processed = 0;
        for (TimelinesAiEvent event : batch) {
            DeliveryOutcome outcome = dispatcher.toRouteAndWait(event);
            if (outcome == DeliveryOutcome.FAILED) {
                return -1;
            }
            processed += outcome == DeliveryOutcome.PROCESSED ? 1 : 0;
        }
        return processed;
    }

    /** WhatsApp messages only: notes, calls and summaries have no message event. */
    private static boolean isChatMessage(MessageInfo message) {
        return message.messageType() == null || "whatsapp".equalsIgnoreCase(message.messageType());
    }

    private WhatsAppAccount account(String id) {
        if (id == null) {
            return null;
        }
        if (!accounts.containsKey(id)) {
            List<WhatsAppAccount> list = call(() -> getEndpoint().getClient().accounts().list(false));
            list.forEach(a -> accounts.put(a.id(), a));
        }
        return accounts.get(id);
    }

    private ChatPage listChats(int page) {
        TimelinesAiClient client = getEndpoint().getClient();
        return call(() -> client.chats().list(Map.of(), page, false));
    }

    private <T> T call(Supplier<T> apiCall) {
        apiCalls.incrementAndGet();
        return apiCall.get();
    }
}
