package dev.seed.camel.timelinesai.consumer;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import dev.seed.camel.timelinesai.TimelinesAiEventsConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterMember;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.support.cluster.ClusterServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this replica leads the cluster namespace of an events consumer, through Camel's cluster service SPI, and
 * what the consumer does when it becomes or stops being the leader. Transitions run one at a time on a thread of
 * their own (never on the cluster service's thread, so a slow API call cannot hold up the election).
 */
public final class ClusterLeadership implements CamelClusterEventListener.Leadership {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterLeadership.class);

    /** What a consumer does on a leadership change; both run on the leadership thread, one at a time. */
    public interface Listener {
        /** This replica became the leader. */
        void elected();

        /** This replica is no longer the leader (lost the election or stops). */
        default void revoked() {
        }
    }

    private final CamelContext context;
    private final CamelClusterService service;
    private final String namespace;
    private final Listener listener;
    private volatile CamelClusterView view;
    private volatile ExecutorService executor;
    /** Held while the listener is told of a change (never by the cluster service's thread). */
    private final Object transitions = new Object();
    /** The state the listener was last told about. */
    private boolean applied;

    private ClusterLeadership(CamelContext context, CamelClusterService service, String namespace, Listener listener) {
        this.context = context;
        this.service = service;
        this.namespace = namespace;
        this.listener = listener;
    }

    /**
     * The cluster service of an events endpoint: the {@code clusterService} option, else the one added to the
     * CamelContext (as camel-master finds it), else {@code null}: the consumer works alone.
     */
    public static CamelClusterService serviceOf(CamelContext context, TimelinesAiEventsConfiguration config) {
        if (config.getClusterService() != null) {
            return config.getClusterService();
        }
        return ClusterServiceHelper.lookupService(context).orElse(null);
    }

    /** The leadership of the consumer's namespace, or {@code null} when there is no cluster service. */
    public static ClusterLeadership of(CamelContext context, TimelinesAiEventsConfiguration config,
                                       Listener listener) {
        CamelClusterService service = serviceOf(context, config);
        return service == null ? null
                : new ClusterLeadership(context, service, config.getClusterNamespace(), listener);
    }

    public String getNamespace() {
        return namespace;
    }

    /** Whether this replica leads the namespace right now (asked of the cluster view, not a cached answer). */
    public boolean isLeader() {
        CamelClusterView current = view;
        if (current == null) {
            return false;
        }
        try {
            CamelClusterMember local = current.getLocalMember();
            return local != null && local.isLeader();
        } catch (RuntimeException e) {
            LOG.debug("Could not read the leadership of {}: {}", namespace, e.getMessage());
            return false;
        }
    }

    /** Joins the namespace; the listener hears of the leadership as soon as this replica holds it. */
    public synchronized void start() throws Exception {
        if (!context.hasService(service)) {
            // a bean given as option: the CamelContext starts it, stops it and gives it its context
            context.addService(service, true, true);
        }
        executor = context.getExecutorServiceManager().newSingleThreadExecutor(this, "TimelinesAiLeadership");
        view = service.getView(namespace);
        view.addEventListener(this);
        changed();
        LOG.info("timelinesai:events joined cluster namespace {} with {}", namespace,
                service.getId() != null ? service.getId() : service.getClass().getSimpleName());
    }

    /** Leaves the namespace (another replica can take over at once); tells the listener when it was the leader. */
    public void stop() throws Exception {
        ExecutorService running;
        CamelClusterView left;
        synchronized (this) {
            running = executor;
            executor = null;
            left = view;
        }
        if (left != null) {
            left.removeEventListener(this);
        }
        if (running != null) {
            context.getExecutorServiceManager().shutdownGraceful(running);
        }
        synchronized (transitions) {
            if (applied) {
                applied = false;
                listener.revoked();
            }
            view = null;
        }
        if (left != null) {
            service.releaseView(left);
        }
    }

    @Override
    public void leadershipChanged(CamelClusterView source, CamelClusterMember leader) {
        changed();
    }

    /** Hands the change to the leadership thread: the cluster service's thread returns at once. */
    private void changed() {
        ExecutorService running = executor;
        if (running == null) {
            return;
        }
        try {
            running.execute(this::apply);
        } catch (RejectedExecutionException e) {
            LOG.debug("Leadership change of {} after stop ignored", namespace);
        }
    }

    private void apply() {
        synchronized (transitions) {
            boolean leader = isLeader();
            if (leader == applied || executor == null) {
                return;
            }
            applied = leader;
            LOG.info(leader ? "This replica now leads cluster namespace {}" : "This replica no longer leads cluster "
                    + "namespace {}", namespace);
            try {
                if (leader) {
                    listener.elected();
                } else {
                    listener.revoked();
                }
            } catch (RuntimeException e) {
                LOG.warn("timelinesai:events could not act on the leadership change of {}: {}", namespace,
                        e.getMessage());
            }
        }
    }
}
