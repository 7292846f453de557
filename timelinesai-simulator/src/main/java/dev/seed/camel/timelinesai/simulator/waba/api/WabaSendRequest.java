package dev.seed.camel.timelinesai.simulator.waba.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.seed.camel.timelinesai.simulator.http.ApiException;
import dev.seed.camel.timelinesai.simulator.http.FormUpload;
import dev.seed.camel.timelinesai.simulator.http.JsonRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The body of a WABA send as read from JSON ({@code WabaOutboundMessage}) or multipart
 * ({@code WabaOutboundMessageForm}): exactly one of text, file ({@code file_uid} or an upload, with an optional
 * text caption) or template, plus the recipient fields {@code POST /waba/messages} needs.
 */
record WabaSendRequest(String text, String fileUid, FormUpload upload, String uploadFilename,
                       WabaTemplateRules.Requested template, Long wabaAccountId, String phone) {
    /** Meta's limit for a text body. */
    static final int TEXT_MAX = 4096;
    static final int ID_MAX = 128;

    boolean hasFile() {
        return fileUid != null || upload != null;
    }

    static WabaSendRequest read(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/form-data")) {
            return readForm(ctx);
        }
        return readJson(JsonRequest.of(ctx));
    }

    private static WabaSendRequest readForm(RoutingContext ctx) {
        if (ctx.request().getFormAttribute("template") != null) {
            throw ApiException.validation("template", "A template cannot be combined with a file upload.");
        }
        FormUpload upload = FormUpload.required(ctx, "file");
        String text = FormUpload.attribute(ctx, "text", TEXT_MAX);
        String filename = FormUpload.attribute(ctx, "filename", 1024);
        String rawAccount = FormUpload.attribute(ctx, "waba_account_id", 32);
        Long account = null;
        if (rawAccount != null) {
            try {
                account = Long.parseLong(rawAccount);
            } catch (NumberFormatException e) {
                throw ApiException.validation("waba_account_id", "Not a valid integer.");
            }
        }
        return new WabaSendRequest(text, null, upload, filename, null, account,
                FormUpload.attribute(ctx, "phone", 64));
    }

    private static WabaSendRequest readJson(JsonRequest body) {
        String text = emptyToNull(body.optionalString("text", TEXT_MAX));
        String fileUid = emptyToNull(body.optionalString("file_uid", ID_MAX));
        Long account = body.optionalLong("waba_account_id", 1, Long.MAX_VALUE);
        String phone = emptyToNull(body.optionalString("phone", 64));
        WabaTemplateRules.Requested template = null;
        JsonNode node = body.node().get("template");
        if (node != null && !node.isNull()) {
            if (text != null || fileUid != null) {
                throw ApiException.validation("template", "A template cannot be combined with text or file_uid.");
            }
            template = template(node);
        } else if (text == null && fileUid == null) {
            throw ApiException.badRequest("Exactly one of text, file_uid or template is required");
        }
        return new WabaSendRequest(text, fileUid, null, null, template, account, phone);
    }

    private static WabaTemplateRules.Requested template(JsonNode node) {
        if (!node.isObject()) {
            throw ApiException.validation("template", "Not a valid object.");
        }
        JsonRequest template = JsonRequest.parse(node.toString().getBytes(StandardCharsets.UTF_8));
        String name = template.requiredString("name", 512);
        String language = template.requiredString("language", 16);
        List<String> header = List.of();
        List<String> bodyValues = List.of();
        JsonNode variables = node.get("variables");
        if (variables != null && !variables.isNull()) {
            if (!variables.isObject()) {
                throw ApiException.validation("template.variables", "Not a valid object.");
            }
            Iterator<String> keys = variables.fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                if (!key.equals("header") && !key.equals("body")) {
                    throw new ApiException(422, "template_variables_mismatch",
                            "Unsupported template variables section \"" + key + "\" (supported: header, body)");
                }
            }
            header = strings(variables.get("header"), "header");
            bodyValues = strings(variables.get("body"), "body");
        }
        return new WabaTemplateRules.Requested(name, language, header, bodyValues);
    }

    private static List<String> strings(JsonNode node, String section) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        String field = "template.variables." + section;
        if (!node.isArray()) {
            throw ApiException.validation(field, "Not a valid list.");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw ApiException.validation(field, "Not a valid string.");
            }
            values.add(JsonRequest.checkString(field, item.asText(), 1024));
        }
        return values;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
