package dev.seed.camel.timelinesai.simulator.partner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import dev.seed.camel.timelinesai.simulator.state.Quota;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;
import dev.seed.camel.timelinesai.simulator.state.Teammate;
import dev.seed.camel.timelinesai.simulator.state.WhatsAppAccount;
import dev.seed.camel.timelinesai.simulator.state.Workspace;

/**
 * One workspace as the partner manages it: seat accounting, placeholder users, QR onboarding links, WhatsApp
 * connections and the Public API token ({@link WorkspaceApiToken}), with the partner webhooks their changes fire. Its users, accounts and
 * quotas live in its {@link WorkspaceMembers}.
 */
public final class PartnerWorkspace {
    /** Plan of partner-created workspaces (the partner's plan); an invented id. */
    static final int PARTNER_PLAN_ID = 12;
    static final String ROLE_OWNER = "Owner";
    static final String ROLE_AGENT = "Agent";
    static final String STATUS_ACTIVE = "Active";
    static final String STATUS_SUSPENDED = "Suspended";
    private static final String EMAIL_DOMAIN = "@partners.timelines.ai";

    private final WorkspaceMembers members;
    private final boolean ownedByPartner;
    private final boolean billingManaged;
    private final long groupId;
    private final Instant createdAt;
    private final Clock clock;
    private final PartnerEventSink events;
    private final ToLongFunction<String> accountNumbers;
    private final Quota transactions;
    private final QrLinks qrLinks = new QrLinks();
    private Instant updatedAt;
    private final WorkspaceApiToken apiToken;
    private int agentsCreated;
    private final AtomicReference<Instant> seatsFullPeriod = new AtomicReference<>();

    PartnerWorkspace(WorkspaceMembers members, boolean ownedByPartner, boolean billingManaged, long groupId,
                     Instant createdAt, Clock clock, PartnerEventSink events, ToLongFunction<String> accountNumbers,
                     long transactionsTotal) {
        this.members = members;
        this.ownedByPartner = ownedByPartner;
        this.billingManaged = billingManaged;
        this.groupId = groupId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.clock = clock;
        this.events = events;
        this.accountNumbers = accountNumbers;
        this.transactions = new Quota(transactionsTotal);
        this.apiToken = new WorkspaceApiToken(clock, rotatedAt -> events.tokenRotated(this, rotatedAt));
    }

    /** Starts firing the quota webhooks of this workspace's quotas. */
    void watchQuotas() {
        Workspace workspace = members.workspace();
        QuotaWatch.attach(workspace.seats(), percent -> seatsFilled(), 100);
        QuotaWatch.attach(workspace.messagingQuota(), percent -> events.messagingQuotaReached(this, percent), 90, 100);
        QuotaWatch.attach(workspace.apiCallsQuota(), percent -> events.apiCallsQuotaFull(this), 100);
        QuotaWatch.attach(transactions, percent -> events.transactionsQuotaFull(this), 100);
    }

    /** {@code workspace:seats_full} goes out once per billing period (no lock: quota watches call this). */
    private void seatsFilled() {
        Instant period = workspace().periodStart().toInstant();
        Instant previous = seatsFullPeriod.getAndSet(period);
        if (!period.equals(previous)) {
            events.seatsFull(this);
        }
    }

    // identity ----------------------------------------------------------------------------------

    public Workspace workspace() { return members.workspace(); }
    public String workspaceId() { return workspace().workspaceId(); }
    public String displayName() { return workspace().displayName(); }
    /** Owned by the configured partner and not billed to a paying customer: the Partner API may manage it. */
    public boolean manageable() { return ownedByPartner && !billingManaged; }
    boolean ownedByPartner() { return ownedByPartner; }
    boolean billingManaged() { return billingManaged; }
    long groupId() { return groupId; }
    Instant createdAt() { return createdAt; }
    synchronized Instant updatedAt() { return updatedAt; }
    int planId() { return PARTNER_PLAN_ID; }
    Quota transactions() { return transactions; }

    /** The owner's user id, or null when the workspace has none. */
    Long ownerUserId() {
        return members.users().stream().filter(u -> ROLE_OWNER.equalsIgnoreCase(u.role())).map(Teammate::userId)
                .findFirst().orElse(null);
    }

    List<Teammate> users() { return members.users(); }

    Optional<Teammate> user(long userId) { return members.user(userId); }

    /** Every WhatsApp account of the workspace with its partner-side number and its user (null when none). */
    List<AccountView> accounts() {
        List<AccountView> list = new ArrayList<>();
        for (WhatsAppAccount account : members.accounts()) {
            list.add(new AccountView(account, accountNumber(account), ownerOf(account).map(Teammate::userId).orElse(null)));
        }
        return list;
    }

    /** A WhatsApp account with the integer id the Partner API shows and the id of the user it belongs to. */
    record AccountView(WhatsAppAccount account, long number, Long userId) {
    }

    long accountNumber(WhatsAppAccount account) {
        return accountNumbers.applyAsLong(workspaceId() + "|" + account.id());
    }

    private Optional<Teammate> ownerOf(WhatsAppAccount account) {
        return members.users().stream().filter(u -> u.whatsappAccountIds().contains(account.id())).findFirst();
    }

    synchronized List<QrLink> activeQrLinks() {
        return qrLinks.active(clock.instant());
    }

    /** The e-mail of a partner-created user: {@code <user_id>-<workspace-id>@partners.timelines.ai}. */
    String placeholderEmail(long userId) {
        return userId + "-" + workspaceId() + EMAIL_DOMAIN;
    }

    // seats and users ---------------------------------------------------------------------------

    /** Creates the Owner; it takes one seat. */
    synchronized Teammate createOwner() {
        long userId = members.nextUserId();
        Teammate owner = new Teammate(userId, placeholderEmail(userId), "Owner", ROLE_OWNER, "Default", STATUS_ACTIVE,
                null, createdAt);
        members.addUser(owner);
        workspace().seats().consume(1);
        return owner;
    }

    /** Creates {@code count} agents, all or none: 409 {@code seats_full} when fewer seats are free. */
    synchronized List<Teammate> addAgents(int count) {
        Quota seats = workspace().seats();
        if (!seats.tryConsume(count)) {
            throw new PartnerApiException(409, "seats_full", "Not enough available seats to create " + count
                    + " users (" + seats.remaining() + " of " + seats.total() + " available)");
        }
        Instant now = clock.instant();
        List<Teammate> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long userId = members.nextUserId();
            Teammate agent = new Teammate(userId, placeholderEmail(userId), "Agent " + (++agentsCreated), ROLE_AGENT,
                    "Default", STATUS_ACTIVE, null, now);
            members.addUser(agent);
            created.add(agent);
        }
        updatedAt = now;
        return created;
    }

    /** A member suspended by a seat downgrade, with the WhatsApp accounts suspended with them. */
    record SuspendedMember(long userId, Long accountNumber, List<String> phones) {
    }

    /** Renames and/or changes the purchased seats; members beyond the new seats are suspended, newest first. */
    synchronized List<SuspendedMember> update(String displayName, Integer seatsPurchased) {
        Instant now = clock.instant();
        if (displayName != null) {
            workspace().setDisplayName(displayName);
        }
        List<SuspendedMember> suspended = new ArrayList<>();
        if (seatsPurchased != null) {
            Quota seats = workspace().seats();
            seats.setTotal(seatsPurchased);
            List<Teammate> candidates = members.users().stream()
                    .filter(u -> !ROLE_OWNER.equalsIgnoreCase(u.role()) && !STATUS_SUSPENDED.equals(u.status()))
                    .sorted(Comparator.comparing(Teammate::createdAt).thenComparingLong(Teammate::userId).reversed())
                    .toList();
            for (Teammate member : candidates) {
                if (seats.used() <= seats.total()) {
                    break;
                }
                suspended.add(suspend(member, now));
                seats.refund(1);
            }
        }
        updatedAt = now;
        return suspended;
    }

    private SuspendedMember suspend(Teammate member, Instant now) {
        member.setStatus(STATUS_SUSPENDED);
        qrLinks.revoke(member.userId(), now);
        Long firstNumber = null;
        List<String> phones = new ArrayList<>();
        for (String accountId : member.whatsappAccountIds()) {
            Optional<WhatsAppAccount> found = members.account(accountId);
            if (found.isEmpty()) {
                continue;
            }
            WhatsAppAccount account = found.get();
            if (firstNumber == null) {
                firstNumber = accountNumber(account);
            }
            phones.add(account.phone());
            if (account.isActive()) {
                account.setStatus("suspended", now);
                members.accountChanged(account, "suspended");
            }
        }
        return new SuspendedMember(member.userId(), firstNumber, phones);
    }

    // WhatsApp ----------------------------------------------------------------------------------

    /** The user's connected account, if any. */
    synchronized Optional<WhatsAppAccount> activeAccount(long userId) {
        return members.user(userId).flatMap(u -> u.whatsappAccountIds().stream()
                .map(members::account).flatMap(Optional::stream).filter(WhatsAppAccount::isActive).findFirst());
    }

    /** What issuing a QR link did. */
    record QrIssued(QrLink link, boolean whatsappDisconnected, boolean previousRevoked) {
    }

    /**
     * Issues the user's one QR link: a connected account is disconnected first, the previous link revoked.
     * {@code urlOf} turns the link's token into its URL.
     */
    synchronized QrIssued issueQr(Teammate user, Duration lifetime, Function<String, String> urlOf,
                                  Consumer<QrLink> register) {
        Instant now = clock.instant();
        boolean disconnected = disconnect(user.userId(), "QR link re-issued").isPresent();
        boolean revoked = qrLinks.revoke(user.userId(), now);
        String linkToken = UUID.randomUUID().toString().replace("-", "");
        QrLink link = new QrLink(linkToken, urlOf.apply(linkToken), user.userId(), now.plus(lifetime));
        qrLinks.put(user.userId(), link);
        register.accept(link);
        return new QrIssued(link, disconnected, revoked);
    }

    /** The user's connected account, now disconnected; empty (a no-op) when none was connected. */
    synchronized Optional<WhatsAppAccount> disconnect(long userId, String reason) {
        Optional<WhatsAppAccount> active = activeAccount(userId);
        active.ifPresent(account -> {
            account.setStatus("disconnected", clock.instant());
            members.accountChanged(account, "disconnected");
            events.accountDisconnected(this, userId, account, reason);
        });
        return active;
    }

    /** Scanning an active link: connects {@code phone} as the user's account and uses the link up. */
    synchronized WhatsAppAccount connect(QrLink link, String phone, String accountName) {
        Instant now = clock.instant();
        if (link.state() != QrLink.State.ACTIVE) {
            throw new IllegalStateException("The QR link was " + link.state().name().toLowerCase(Locale.ROOT));
        }
        if (!link.isActive(now)) {
            throw new IllegalStateException("The QR link has expired");
        }
        Teammate user = members.user(link.userId())
                .orElseThrow(() -> new IllegalStateException("The link's user no longer exists"));
        String accountId = SimulatorState.digits(phone) + "@s.whatsapp.net";
        Optional<WhatsAppAccount> existing = members.account(accountId);
        if (existing.isPresent() && existing.get().isActive()
                && !user.whatsappAccountIds().contains(accountId)) {
            throw new IllegalArgumentException("WhatsApp number " + phone + " is connected to another user");
        }
        disconnect(user.userId(), "replaced by a new connection");
        members.users().forEach(u -> u.whatsappAccountIds().remove(accountId));
        WhatsAppAccount account = new WhatsAppAccount("+" + SimulatorState.digits(phone),
                accountName != null ? accountName : user.displayName(), user.displayName(), user.email(), now);
        members.putAccount(account);
        user.whatsappAccountIds().add(account.id());
        link.markUsed();
        qrLinks.remove(user.userId(), link);
        updatedAt = now;
        members.accountChanged(account, "connected");
        events.accountConnected(this, user.userId(), account);
        return account;
    }

    // Public API token --------------------------------------------------------------------------

    WorkspaceApiToken apiToken() { return apiToken; }
}
