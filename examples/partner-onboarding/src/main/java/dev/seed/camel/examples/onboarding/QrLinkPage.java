package dev.seed.camel.examples.onboarding;

import dev.seed.camel.timelinesai.partner.model.QrCode;

/** A small HTML page that hands an agent their WhatsApp connection link (no QR image: no PNG renderer here). */
public final class QrLinkPage {

    private QrLinkPage() {
    }

    public static String html(QrCode qr, String agentName) {
        String name = escape(agentName == null ? "Agent " + qr.userId() : agentName);
        String link = escape(qr.qrLink());
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Connect your WhatsApp</title></head><body>\n"
                + "<h1>Connect your WhatsApp, " + name + "</h1>\n"
                + "<p>Open this link on a computer and scan the QR code it shows with WhatsApp on your phone"
                + " (Settings, Linked devices):</p>\n"
                + "<p><a href=\"" + link + "\">" + link + "</a></p>\n"
                + "<p>Workspace " + escape(qr.workspaceId()) + ", valid until " + escape(qr.expiresAt())
                + ", usable once.</p>\n</body></html>\n";
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
