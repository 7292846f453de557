package dev.seed.camel.timelinesai.consumer;

import java.time.Instant;
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
import dev.seed.camel.timelinesai.model.ChatInfo;
import dev.seed.camel.timelinesai.model.ChatPage;
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
 * in progress when Camel shuts down counts as pending, so it finishes its batch and saves its cursor first. With a
 * cluster service only the leader polls, from the cursor in the shared store.
 */
@ManagedResource(description = "TimelinesAI poll consumer")
public class TimelinesAiPollConsumer extends ScheduledPollConsumer implements ShutdownAware, ClusteredConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(TimelinesAiPollConsumer.class);

    private final TimelinesAiEventsConfiguration config;
    private final IdempotentRepository repository;
    private final AtomicLong apiCalls = new AtomicLong();
    private final AtomicLong chatErrors = new AtomicLong();
    /** 1 while a poll runs: its remaining events and its cursor save are pending work for the shutdown. */
    private final AtomicInteger polling = new AtomicInteger();
    private volatile ClusterLeadership leadership;
    private PollCursor cursor;
    private ChatEventEmitter emitter;

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
        EventDispatcher dispatcher = new EventDispatcher(this,
                new LinkedHashSet<>(EventsOptionsValidator.eventTypes(config)),
                config.isIdempotent() ? repository : null, config.isDownloadAttachments()
                        ? new AttachmentDownloader(getEndpoint().getClient().transport()) : null);
        ChatMessagesReader reader = new ChatMessagesReader(() -> getEndpoint().getClient(), apiCalls,
                config.getPollMaxChatPages());
        emitter = new ChatEventEmitter(reader, dispatcher,
                () -> call(() -> getEndpoint().getClient().accounts().list(false)), this::isLeading);
        cursor = PollCursor.configured(config);
        ClusterLeadership elected = ClusterLeadership.of(getEndpoint().getCamelContext(), config,
                () -> LOG.info("TimelinesAI poll consumer leads its cluster: it polls from the shared cursor"));
        if (elected != null) {
            EventsOptionsValidator.validateClustered(config);
            elected.start();
            leadership = elected;
        }
        super.doStart();
    }

    /** Stops polling, then leaves the cluster namespace so that another replica takes over at once. */
    @Override
    protected void doStop() throws Exception {
        super.doStop();
        ClusterLeadership left = leadership;
        leadership = null;
        if (left != null) {
            left.stop();
        }
    }

    @Override
    public ClusterLeadership getLeadership() {
        return leadership;
    }

    /** A replica that does not lead its cluster does not poll. */
    @Override
    protected boolean isPollAllowed() {
        return super.isPollAllowed() && isLeading();
    }

    /** Stops the idempotent repository only when the consumer goes away, so a route restart keeps its keys. */
    @Override
    protected void doShutdown() throws Exception {
        ServiceHelper.stopAndShutdownService(repository);
        super.doShutdown();
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
        if (leadership != null) {
            if (!leadership.isLeader()) {
                return 0;
            }
            // another replica may have led since: go on from the cursor it saved
            cursor.reload();
        }
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
            ChatEventEmitter.ChatResult result;
            try {
                result = emitter.process(chat, watermark, uids);
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

    private ChatPage listChats(int page) {
        TimelinesAiClient client = getEndpoint().getClient();
        return call(() -> client.chats().list(Map.of(), page, false));
    }

    private <T> T call(Supplier<T> apiCall) {
        apiCalls.incrementAndGet();
        return apiCall.get();
    }
}
