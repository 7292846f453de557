package dev.seed.camel.timelinesai.consumer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import dev.seed.camel.timelinesai.TimelinesAiEndpoint;
import dev.seed.camel.timelinesai.TimelinesAiEventsConfiguration;
import dev.seed.camel.timelinesai.api.TimelinesAiClient;
import dev.seed.camel.timelinesai.event.TimelinesAiEvent;
import dev.seed.camel.timelinesai.model.ChatInfo;
import dev.seed.camel.timelinesai.model.ChatPage;
import dev.seed.camel.timelinesai.model.MessageInfo;
import dev.seed.camel.timelinesai.model.MessagePage;
import dev.seed.camel.timelinesai.model.Timestamps;
import dev.seed.camel.timelinesai.model.WhatsAppAccount;
import org.apache.camel.Processor;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll mode of {@code timelinesai:events}, for hosts without a public URL. Each poll reads chats newest
 * first and stops at the first chat unchanged since the cursor, then reads only the new messages of the changed
 * chats ({@code after_message}, ascending), so a quiet workspace costs one API call a poll. The cursor is saved
 * after each poll and only advanced past what the route processed; the first poll only sets the cursor.
 */
@ManagedResource(description = "TimelinesAI poll consumer")
public class TimelinesAiPollConsumer extends ScheduledPollConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(TimelinesAiPollConsumer.class);
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final TimelinesAiEventsConfiguration config;
    private final IdempotentRepository repository;
    private final AtomicLong apiCalls = new AtomicLong();
    private final Map<String, WhatsAppAccount> accounts = new HashMap<>();
    private PollStateStore store;
    private PollState state;
    private EventDispatcher dispatcher;

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

    /** Where the cursor is kept. */
    public PollStateStore getStateStore() {
        return store;
    }

    @Override
    protected void doStart() throws Exception {
        store = config.getPollStateStore() != null ? config.getPollStateStore()
                : new FilePollStateStore(config.getPollStateFile() != null ? Path.of(config.getPollStateFile())
                        : defaultStateFile());
        state = store.load();
        ServiceHelper.startService(repository);
        dispatcher = new EventDispatcher(this, new LinkedHashSet<>(EventsOptionsValidator.eventTypes(config)),
                config.isIdempotent() ? repository : null, config.isDownloadAttachments()
                        ? new AttachmentDownloader(getEndpoint().getClient().transport()) : null);
        super.doStart();
    }

    private Path defaultStateFile() throws Exception {
        String identity = getEndpoint().getConfiguration().getBaseUrl() + "|" + config.getEventTypes() + "|"
                + getEndpoint().getConfiguration().getToken();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(identity.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        return Path.of(".camel-timelinesai", "poll-" + hash + ".json");
    }

    @Override
    protected int poll() throws Exception {
        long before = apiCalls.get();
        int events = state == null ? seed() : pollChanges();
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
            Instant ts = lastMessageTime(chat);
            if (ts != null) {
                watermark = ts.isAfter(watermark) ? ts : watermark;
                uids.put(chat.id(), chat.lastMessageUid());
            }
        }
        save(new PollState(watermark.toString(), uids));
        LOG.info("TimelinesAI poll consumer starts from {} (no earlier cursor)", watermark);
        return 0;
    }

    private int pollChanges() {
        Instant watermark = Instant.parse(state.watermark());
        Map<Long, String> uids = new LinkedHashMap<>(state.lastMessageUids());
        List<ChatInfo> changed = new ArrayList<>();
        boolean reachedOld = false;
        int page = 1;
        for (; page <= config.getPollMaxChatPages() && !reachedOld; page++) {
            ChatPage chats = listChats(page);
            for (ChatInfo chat : chats) {
                Instant ts = lastMessageTime(chat);
                if (ts == null) {
                    continue;
                }
                if (ts.isBefore(watermark)) {
                    reachedOld = true;
                    break;
                }
                if (!Objects.equals(chat.lastMessageUid(), uids.get(chat.id()))) {
                    changed.add(chat);
                }
            }
            if (!chats.hasMorePages()) {
                reachedOld = true;
            }
        }
        if (!reachedOld) {
            LOG.warn("More than {} pages of chats changed since the last poll; the rest is read next time (option "
                    + "pollMaxChatPages)", config.getPollMaxChatPages());
        }
        // oldest change first; the API lists newest first, so reversing keeps ties (same second) in likely order
        Collections.reverse(changed);
        changed.sort(Comparator.comparing(TimelinesAiPollConsumer::lastMessageTime));
        Instant next = watermark;
        int events = 0;
        for (ChatInfo chat : changed) {
            ChatResult result = processChat(chat, watermark, uids);
            events += result.events();
            if (!result.complete()) {
                break;
            }
            Instant ts = lastMessageTime(chat);
            next = ts.isAfter(next) ? ts : next;
        }
        if (!reachedOld && !changed.isEmpty()) {
            next = watermark;
        }
        save(new PollState(next.toString(), uids));
        return events;
    }

    private record ChatResult(int events, boolean complete) {
    }

    private ChatResult processChat(ChatInfo chat, Instant watermark, Map<Long, String> uids) {
        String lastUid = uids.get(chat.id());
        OffsetDateTime created = Timestamps.parse(chat.createdTimestamp());
        boolean isNew = lastUid == null && created != null && !created.toInstant().isBefore(watermark);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("sorting_order", "asc");
        if (lastUid != null) {
            filters.put("after_message", lastUid);
        } else if (!isNew) {
            filters.put("after", ISO_SECONDS.format(watermark.atOffset(ZoneOffset.UTC)));
        }
        List<MessageInfo> messages = new ArrayList<>();
        for (int page = 1; page <= config.getPollMaxChatPages(); page++) {
            MessagePage result = call(() -> getEndpoint().getClient().chats().messages(chat.id(), filters, false));
            messages.addAll(result.messages());
            if (!result.hasMorePages() || result.messages().isEmpty()) {
                break;
            }
            // the next page: after the last message read (the spec pages this endpoint by cursor)
            filters.remove("after");
            filters.put("after_message", messages.get(messages.size() - 1).uid());
        }
        WhatsAppAccount account = account(chat.whatsappAccountId());
        int events = 0;
        if (isNew) {
            boolean byContact = messages.stream().filter(TimelinesAiPollConsumer::isChatMessage).findFirst()
                    .map(m -> !m.fromMe()).orElse(true);
            for (TimelinesAiEvent event : PollEventMapper.chatEvents(chat, byContact, account)) {
                DeliveryOutcome outcome = dispatcher.toRouteAndWait(event);
                if (outcome == DeliveryOutcome.FAILED) {
                    return new ChatResult(events, false);
                }
                events += outcome == DeliveryOutcome.PROCESSED ? 1 : 0;
            }
        }
        for (MessageInfo message : messages) {
            if (isChatMessage(message)) {
                for (TimelinesAiEvent event : PollEventMapper.messageEvents(chat, message, account)) {
                    DeliveryOutcome outcome = dispatcher.toRouteAndWait(event);
                    if (outcome == DeliveryOutcome.FAILED) {
                        return new ChatResult(events, false);
                    }
                    events += outcome == DeliveryOutcome.PROCESSED ? 1 : 0;
                }
            }
            uids.put(chat.id(), message.uid());
        }
        if (messages.isEmpty() && chat.lastMessageUid() != null) {
            uids.put(chat.id(), chat.lastMessageUid());
        }
        return new ChatResult(events, true);
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

    private void save(PollState next) {
        if (!next.equals(state)) {
            store.save(next);
            state = next;
        }
    }

    private static Instant lastMessageTime(ChatInfo chat) {
        OffsetDateTime ts = Timestamps.parse(chat.lastMessageTimestamp());
        return ts == null ? null : ts.toInstant();
    }
}
