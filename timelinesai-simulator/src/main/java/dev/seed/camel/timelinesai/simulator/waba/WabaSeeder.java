package dev.seed.camel.timelinesai.simulator.waba;

import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seed.camel.timelinesai.simulator.http.Json;
import dev.seed.camel.timelinesai.simulator.state.Chat;
import dev.seed.camel.timelinesai.simulator.state.Message;
import dev.seed.camel.timelinesai.simulator.state.SimulatorState;

/**
 * Seeds the WABA half of the workspace deterministically: two WABA profiles with four phone-number accounts
 * (one of each status, two active), eight templates in several states and five chats whose service windows
 * are open, closed, or not opened yet.
 */
public final class WabaSeeder {
    /** Profile "Acme Cloud": accounts 4021 (active) and 4022 (disabled). */
    public static final String PROFILE_MAIN = "210987654321098";
    /** Profile "Acme Europe Cloud": accounts 4031 (active) and 4032 (disconnected). */
    public static final String PROFILE_EU = "210987654329999";
    public static final long ACCOUNT_ACTIVE = 4021;
    public static final long ACCOUNT_DISABLED = 4022;
    public static final long ACCOUNT_EU = 4031;
    public static final long ACCOUNT_DISCONNECTED = 4032;
    /** {@code order_update} (en_US, main profile, approved): one header and two body variables. */
    public static final long TEMPLATE_ORDER_UPDATE = 501;
    /** {@code welcome_offer} (en, main profile, approved, NAMED): two body variables. */
    public static final long TEMPLATE_WELCOME_OFFER = 502;
    /** {@code hello_world} (en_US, main profile, approved): no variables. */
    public static final long TEMPLATE_HELLO_WORLD = 503;
    /** {@code appointment_reminder} (en_US, main profile): PENDING. */
    public static final long TEMPLATE_PENDING = 504;
    /** {@code flash_sale} (en, main profile): REJECTED. */
    public static final long TEMPLATE_REJECTED = 505;
    /** {@code order_update} in {@code de} of the EU profile (approved). */
    public static final long TEMPLATE_EU_ORDER_UPDATE = 506;
    /** {@code login_code} (en_US, EU profile, approved, AUTHENTICATION): one body variable. */
    public static final long TEMPLATE_EU_LOGIN_CODE = 507;
    /** {@code summer_promo} (en, main profile): PAUSED. */
    public static final long TEMPLATE_PAUSED = 508;
    /** Chat of 4021 whose window is open (the contact wrote 2 hours ago). */
    public static final String CHAT_OPEN = "Dana Whitfield";
    /** Chat of 4021 whose window closed (the contact wrote 30 hours ago). */
    public static final String CHAT_CLOSED_WINDOW = "Elliot Park";
    /** Chat of 4021 the contact never wrote in (window unknown: null). */
    public static final String CHAT_NO_INBOUND = "Farah Haddad";
    /** Chat of 4031 (EU profile), window open. */
    public static final String CHAT_EU = "Greta Vogel";
    /** Chat of the disabled account 4022, window open, closed in the inbox. */
    public static final String CHAT_DISABLED_ACCOUNT = "Hugo Lambert";

    private WabaSeeder() {
    }

    /** Adds the WABA records to a freshly cleared state; fires no events. */
    public static void seed(SimulatorState state) {
        WabaState waba = state.waba();
        Instant now = state.now();
        waba.addProfile(new WabaProfile(PROFILE_MAIN, "Acme Cloud"));
        waba.addProfile(new WabaProfile(PROFILE_EU, "Acme Europe Cloud"));
        WabaAccount main = new WabaAccount(ACCOUNT_ACTIVE, "109876543210987", PROFILE_MAIN, "+1 555 010 1234",
                "Acme Cloud Sales", "Alice Owner", "alice@acme.example", now.minus(Duration.ofDays(120)), "active");
        WabaAccount disabled = new WabaAccount(ACCOUNT_DISABLED, "109876543210988", PROFILE_MAIN, "+1 555 010 1235",
                "Acme Cloud Support", "Bob Admin", "bob@acme.example", now.minus(Duration.ofDays(110)), "disabled");
        WabaAccount eu = new WabaAccount(ACCOUNT_EU, "109876543219001", PROFILE_EU, "+49 30 5550 1000",
                "Acme Cloud EU", "Carol Agent", "carol@acme.example", now.minus(Duration.ofDays(90)), "active");
        WabaAccount gone = new WabaAccount(ACCOUNT_DISCONNECTED, "109876543219002", PROFILE_EU, "+49 30 5550 1001",
                "Acme Cloud EU Legacy", "Carol Agent", "carol@acme.example", now.minus(Duration.ofDays(300)),
                "disconnected");
        for (WabaAccount account : new WabaAccount[] {main, disabled, eu, gone}) {
            waba.addAccount(account);
        }
        seedTemplates(waba, now);

        WabaChat dana = chat(state, main, CHAT_OPEN, "+15551230001", now.minus(Duration.ofDays(5)));
        inbound(waba, dana, main, "Hi, where is my order A-1027?", now.minus(Duration.ofHours(2)));
        outbound(waba, dana, main, "Your order ships tomorrow.", null, now.minus(Duration.ofMinutes(110)), true);

        WabaChat elliot = chat(state, main, CHAT_CLOSED_WINDOW, "+15551230002", now.minus(Duration.ofDays(3)));
        outbound(waba, elliot, main, "Hi Elliot, your order A-0999 has shipped.",
                waba.template(TEMPLATE_ORDER_UPDATE).orElseThrow(), now.minus(Duration.ofHours(31)), false);
        inbound(waba, elliot, main, "Thanks!", now.minus(Duration.ofHours(30)));

        WabaChat farah = chat(state, main, CHAT_NO_INBOUND, "+15551230003", now.minus(Duration.ofDays(3)));
        farah.chat().labels().add("lead");
        farah.chat().setResponsible("carol@acme.example", "Carol Agent");
        outbound(waba, farah, main, "Hello from Acme Cloud! We are here to help.",
                waba.template(TEMPLATE_HELLO_WORLD).orElseThrow(), now.minus(Duration.ofDays(3)), false);

        WabaChat greta = chat(state, eu, CHAT_EU, "+4915112340001", now.minus(Duration.ofDays(2)));
        inbound(waba, greta, eu, "Guten Tag, ist mein Paket unterwegs?", now.minus(Duration.ofHours(1)));

        WabaChat hugo = chat(state, disabled, CHAT_DISABLED_ACCOUNT, "+15551230005", now.minus(Duration.ofDays(1)));
        hugo.chat().setClosed(true);
        inbound(waba, hugo, disabled, "Is anyone there?", now.minus(Duration.ofHours(3)));
    }

    private static WabaChat chat(SimulatorState state, WabaAccount account, String name, String phone, Instant createdAt) {
        Chat chat = new Chat(state.nextChatId(), SimulatorState.digits(phone) + "@s.whatsapp.net", false,
                WabaIds.chatAccountKey(account.id()), name, phone, createdAt);
        WabaChat waba = new WabaChat(chat, account.id());
        state.waba().putChat(waba);
        return waba;
    }

    private static void inbound(WabaState waba, WabaChat chat, WabaAccount account, String text, Instant at) {
        Message message = Message.builder(SimulatorState.newUid(), chat.id(), at).fromMe(false).text(text)
                .sender(chat.phone(), chat.chat().name()).recipient(account.phone(), account.accountName())
                .origin("WhatsApp").build();
        waba.storeMessage(chat, new WabaMessage(message, account.id(), null));
        chat.customerWrote(at);
    }

    private static void outbound(WabaState waba, WabaChat chat, WabaAccount account, String text, WabaTemplate template,
                                 Instant at, boolean read) {
        Message message = Message.builder(SimulatorState.newUid(), chat.id(), at).fromMe(true).text(text)
                .sender(account.phone(), account.accountName()).recipient(chat.phone(), chat.chat().name())
                .origin("Public API").createdBy("Alice Owner").credits(1).build();
        message.addStatus("Sending", at, null);
        message.addStatus("Sent", at.plusSeconds(1), null);
        message.addStatus("Delivered", at.plusSeconds(2), null);
        if (read) {
            message.addStatus("Read", at.plusSeconds(60), null);
        }
        waba.storeMessage(chat, new WabaMessage(message, account.id(), template));
    }

    private static void seedTemplates(WabaState waba, Instant now) {
        template(waba, TEMPLATE_ORDER_UPDATE, "order_update", "en_US", "UTILITY", "POSITIONAL", PROFILE_MAIN, "APPROVED",
                now, 200, components(header("Order {{1}}"), body("Hi {{1}}, your order {{2}} has shipped."),
                        footer("Acme Cloud")));
        ObjectNode named = body("Hello {{first_name}}, enjoy {{discount}} off your next order.");
        ArrayNode params = named.putObject("example").putArray("body_text_named_params");
        params.addObject().put("param_name", "first_name").put("example", "Dana");
        params.addObject().put("param_name", "discount").put("example", "10%");
        template(waba, TEMPLATE_WELCOME_OFFER, "welcome_offer", "en", "MARKETING", "NAMED", PROFILE_MAIN, "APPROVED",
                now, 190, components(named, quickReply("Stop promotions")));
        template(waba, TEMPLATE_HELLO_WORLD, "hello_world", "en_US", "UTILITY", "POSITIONAL", PROFILE_MAIN, "APPROVED",
                now, 180, components(body("Hello from Acme Cloud! We are here to help.")));
        template(waba, TEMPLATE_PENDING, "appointment_reminder", "en_US", "UTILITY", "POSITIONAL", PROFILE_MAIN,
                "PENDING", now, 20, components(body("Reminder: your appointment is on {{1}}.")));
        template(waba, TEMPLATE_REJECTED, "flash_sale", "en", "MARKETING", "POSITIONAL", PROFILE_MAIN, "REJECTED",
                now, 15, components(body("Flash sale! {{1}} off today only.")));
        template(waba, TEMPLATE_EU_ORDER_UPDATE, "order_update", "de", "UTILITY", "POSITIONAL", PROFILE_EU, "APPROVED",
                now, 150, components(header("Bestellung {{1}}"), body("Hallo {{1}}, Ihre Bestellung {{2}} ist unterwegs.")));
        template(waba, TEMPLATE_EU_LOGIN_CODE, "login_code", "en_US", "AUTHENTICATION", "POSITIONAL", PROFILE_EU,
                "APPROVED", now, 140, components(body("{{1}} is your verification code.")));
        template(waba, TEMPLATE_PAUSED, "summer_promo", "en", "MARKETING", "POSITIONAL", PROFILE_MAIN, "PAUSED",
                now, 60, components(body("Summer deals: {{1}}.")));
    }

    private static void template(WabaState waba, long id, String name, String language, String category, String format,
                                 String profile, String status, Instant now, int daysAgo, ArrayNode components) {
        waba.putTemplate(new WabaTemplate(id, String.valueOf(1363720662277000L + id), name, language, category, format,
                profile, components, now.minus(Duration.ofDays(daysAgo)), status));
    }

    private static ArrayNode components(ObjectNode... items) {
        ArrayNode list = Json.array();
        for (ObjectNode item : items) {
            list.add(item);
        }
        return list;
    }

    private static ObjectNode header(String text) {
        return Json.object().put("type", "HEADER").put("format", "TEXT").put("text", text);
    }

    private static ObjectNode body(String text) {
        return Json.object().put("type", "BODY").put("text", text);
    }

    private static ObjectNode footer(String text) {
        return Json.object().put("type", "FOOTER").put("text", text);
    }

    private static ObjectNode quickReply(String text) {
        ObjectNode buttons = Json.object().put("type", "BUTTONS");
        buttons.putArray("buttons").addObject().put("type", "QUICK_REPLY").put("text", text);
        return buttons;
    }
}
