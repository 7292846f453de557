package dev.seed.camel.examples.onboarding;

import dev.seed.camel.timelinesai.partner.model.QrCode;

/** A small HTML page that hands an agent their WhatsApp connection QR code ({@code user-<id>.png}) and link. */
public final class QrLinkPage {

    private QrLinkPage() {
    }

    public static String html(QrCode qr, String agentName) {
        String name = escape(agentName == null ? "Agent " + qr.userId() : agentName);
        String link = escape(qr.qrLink());
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Connect your WhatsApp</title></head><body>\n"
                + "<h1>Connect your WhatsApp, " + name + "</h1>\n"
                + "<p>Scan this code with WhatsApp on your phone (Settings, Linked devices):</p>\n"
                + "<p><img src=\"user-" + qr.userId() + ".png\" alt=\"QR code\" width=\"300\" height=\"300\"></p>\n"
                + "<p>Or open <a href=\"" + link + "\">" + link + "</a> on a computer and scan the code it shows.</p>\n"
                + "<p>Workspace " + escape(qr.workspaceId()) + ", valid until " + escape(qr.expiresAt())
                + ", usable once.</p>\n</body></html>\n";
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
