package dev.seed.camel.examples.helpdesk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a customer CSV with a header line naming the columns {@code phone}, {@code name} and optionally
 * {@code whatsapp_account}, in any order; fields may be quoted ({@code "Smith, Jane"}, {@code ""} for a quote).
 */
public final class CustomerCsv {

    private CustomerCsv() {
    }

    public static List<Recipient> parse(String csv) {
        List<List<String>> rows = rows(csv);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("The customer CSV is empty: a header line phone,name[,whatsapp_account] is expected");
        }
        List<String> header = rows.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        int phone = header.indexOf("phone");
        int name = header.indexOf("name");
        int account = header.indexOf("whatsapp_account");
        if (phone < 0 || name < 0) {
            throw new IllegalArgumentException("The customer CSV header must name the columns phone and name, not " + header);
        }
        List<Recipient> recipients = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String p = field(row, phone);
            if (!p.matches("\\+?[0-9(][0-9 ()-]{5,}")) {
                throw new IllegalArgumentException("Row " + (i + 1) + " of the customer CSV (header = row 1, blank lines not counted) has no valid phone: '" + p + "'");
            }
            String a = account < 0 ? "" : field(row, account);
            recipients.add(new Recipient(p.replaceAll("[ ()-]", ""), field(row, name), a.isEmpty() ? null : a));
        }
        return recipients;
    }

    private static String field(List<String> row, int index) {
        return index < row.size() ? row.get(index).trim() : "";
    }

    /** Splits the text into rows of fields, honouring quotes; blank lines are skipped. */
    private static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                endRow(rows, row, field);
                row = new ArrayList<>();
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("The customer CSV ends inside a quoted field");
        }
        endRow(rows, row, field);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field) {
        row.add(field.toString());
        if (!(row.size() == 1 && row.get(0).isBlank())) {
            rows.add(row);
        }
    }
}
