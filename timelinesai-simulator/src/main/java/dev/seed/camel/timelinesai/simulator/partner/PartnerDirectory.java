package dev.seed.camel.timelinesai.simulator.partner;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.seed.camel.timelinesai.simulator.SimulatorOptions;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.Teammate;
import dev.seed.camel.timelinesai.simulator.state.Workspace;

/**
 * The partner's workspaces: the seeded Public API workspace (linked to the live state), the ones created
 * through {@code POST /workspaces}, and two that the partner may not manage (another partner's, and a
 * self-billed one), plus the index of issued QR links.
 */
public final class PartnerDirectory {
    /** Id of the seeded workspace that belongs to another partner (403 / 404 for ours). */
    public static final String FOREIGN_WORKSPACE_ID = "other-partner-clinic";
    /** Id of the seeded workspace owned by the partner but billed to a paying customer (403 / 404). */
    public static final String BILLING_MANAGED_WORKSPACE_ID = "acme-billing-managed";
    /** Longest workspace id derived from a display name. */
    static final int WORKSPACE_ID_MAX = 30;
    /** Size of the "transactions" quota (the vendor does not say what a transaction is). */
    static final long TRANSACTIONS_QUOTA = 1000;

    private final SimulatorState state;
    private final SimulatorOptions options;
    private final PartnerEventSink events;
    private final Map<String, PartnerWorkspace> workspaces = new LinkedHashMap<>();
    private final Map<String, QrLinkRef> qrLinks = new ConcurrentHashMap<>();
    private final Map<String, Long> accountNumbers = new ConcurrentHashMap<>();
    private final AtomicLong accountSequence = new AtomicLong(880_000);
    private final AtomicLong groupSequence = new AtomicLong(55_100);

    /** A QR link and the workspace it belongs to. */
    record QrLinkRef(PartnerWorkspace workspace, QrLink link) {
    }

    PartnerDirectory(SimulatorState state, SimulatorOptions options, PartnerEventSink events) {
        this.state = state;
        this.options = options;
        this.events = events;
    }

    private Clock clock() { return state.clock(); }

    /** Forgets every partner workspace and links the (freshly seeded) Public API workspace again. */
    synchronized void reset() {
        workspaces.clear();
        qrLinks.clear();
        accountNumbers.clear();
        Instant now = state.now();
        Instant since = state.teammates().stream().map(Teammate::createdAt).min(Instant::compareTo).orElse(now);
        PartnerWorkspace shared = new PartnerWorkspace(new SharedMembers(state), true, false,
                groupSequence.incrementAndGet(), since, clock(), events, this::accountNumber, TRANSACTIONS_QUOTA);
        shared.apiToken().set(options.token());
        state.accounts().forEach(shared::accountNumber);
        shared.watchQuotas();
        workspaces.put(shared.workspaceId(), shared);
        addOwn(FOREIGN_WORKSPACE_ID, "Other Partner Clinic", 5, false, false);
        addOwn(BILLING_MANAGED_WORKSPACE_ID, "Acme Billing Managed", 5, true, true);
    }

    private long accountNumber(String key) {
        return accountNumbers.computeIfAbsent(key, k -> accountSequence.incrementAndGet());
    }

    /** Creates a workspace on the partner's plan with its Owner; 409 when the derived id is taken. */
    synchronized PartnerWorkspace create(String displayName, int seats) {
        String workspaceId = workspaceId(displayName);
        if (workspaces.containsKey(workspaceId)) {
            throw new PartnerApiException(409, "workspace_creation_failed",
                    "A workspace with id \"" + workspaceId + "\" already exists");
        }
        return addOwn(workspaceId, displayName, seats, true, false);
    }

    private PartnerWorkspace addOwn(String workspaceId, String displayName, int seats, boolean owned,
                                    boolean billingManaged) {
        Instant now = state.now();
        ZoneId zone = options.zone();
        ZonedDateTime periodStart = now.atZone(zone).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
        Workspace workspace = new Workspace(workspaceId, displayName, "Partner", seats, options.messagingQuota(),
                options.apiCallsQuota(), 0, periodStart);
        PartnerWorkspace created = new PartnerWorkspace(new OwnMembers(workspace, state::nextUserId), owned,
                billingManaged, groupSequence.incrementAndGet(), now, clock(), events, this::accountNumber,
                TRANSACTIONS_QUOTA);
        created.watchQuotas();
        workspaces.put(workspaceId, created);
        created.createOwner();
        return created;
    }

    /**
     * The workspace id a display name gives: lower case, accents dropped, every run of other characters one
     * dash, no dash at either end, at most 30 characters; 400 when nothing is left.
     */
    static String workspaceId(String displayName) {
        String plain = Normalizer.normalize(displayName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > WORKSPACE_ID_MAX) {
            slug = slug.substring(0, WORKSPACE_ID_MAX).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            throw PartnerApiException.invalidRequest("display_name must contain at least one letter or digit");
        }
        return slug;
    }

    synchronized Optional<PartnerWorkspace> find(String workspaceId) {
        return Optional.ofNullable(workspaces.get(workspaceId));
    }

    /** Every workspace, the unmanageable ones included. */
    public synchronized List<PartnerWorkspace> all() {
        return new ArrayList<>(workspaces.values());
    }

    /**
     * A workspace the partner may manage. Unknown → 404; another partner's or a billing-managed one → 404 for
     * reads ({@code forRead}), else 403 {@code workspace_not_owned_by_partner} / {@code workspace_billing_managed}.
     */
    PartnerWorkspace manageable(String workspaceId, boolean forRead) {
        PartnerWorkspace workspace = find(workspaceId).orElseThrow(() -> PartnerApiException.workspaceNotFound(workspaceId));
        if (workspace.manageable()) {
            return workspace;
        }
        if (forRead) {
            throw PartnerApiException.workspaceNotFound(workspaceId);
        }
        if (!workspace.ownedByPartner()) {
            throw new PartnerApiException(403, "workspace_not_owned_by_partner",
                    "Workspace \"" + workspaceId + "\" is not owned by this partner");
        }
        throw new PartnerApiException(403, "workspace_billing_managed",
                "Workspace \"" + workspaceId + "\" belongs to a paid account and cannot be managed via the Partner API");
    }

    void register(PartnerWorkspace workspace, QrLink link) {
        qrLinks.put(link.token(), new QrLinkRef(workspace, link));
    }

    /** The link with this token, or with this URL (its last path segment, query ignored). */
    Optional<QrLinkRef> qrLink(String tokenOrUrl) {
        String token = tokenOrUrl.replaceAll("[?#].*$", "").replaceAll("^.*/", "");
        return Optional.ofNullable(qrLinks.get(token));
    }
}
