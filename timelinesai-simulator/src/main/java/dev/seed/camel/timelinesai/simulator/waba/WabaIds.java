package dev.seed.camel.timelinesai.simulator.waba;

/** How WABA records appear inside the shared chat record, whose account id is a string. */
public final class WabaIds {

    private WabaIds() {
    }

    /** The account key a WABA chat's {@code Chat} record carries, e.g. {@code waba:4021}. */
    public static String chatAccountKey(long wabaAccountId) {
        return "waba:" + wabaAccountId;
    }
}
