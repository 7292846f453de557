package dev.seed.camel.timelinesai.consumer;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** IP addresses and CIDR ranges (IPv4 and IPv6) that may post deliveries. */
public final class IpAllowList {
    private final List<Range> ranges;

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = network.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(prefix).xor(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }

    private IpAllowList(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Parses {@code 10.0.0.0/8, 203.0.113.7, 2001:db8::/32}; fails naming the bad entry. */
    public static IpAllowList parse(String csv) {
        List<Range> ranges = new ArrayList<>();
        for (String raw : csv.split(",")) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("/", 2);
            if (!isLiteral(parts[0])) {
                throw new IllegalArgumentException("Option webhookAllowedIps: '" + entry + "' is not an IP address");
            }
            byte[] address = literal(parts[0]);
            int prefix = address.length * 8;
            if (parts.length == 2) {
                try {
                    prefix = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > address.length * 8) {
                    throw new IllegalArgumentException("Option webhookAllowedIps: '" + entry + "' has a bad prefix");
                }
            }
            ranges.add(new Range(address, prefix));
        }
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("Option webhookAllowedIps lists no address");
        }
        return new IpAllowList(ranges);
    }

    /** Whether the address (a literal IP, without port) is allowed; unknown or unparsable is not. */
    public boolean allows(String ip) {
        if (ip == null || !isLiteral(ip)) {
            return false;
        }
        byte[] address = literal(ip);
        return ranges.stream().anyMatch(r -> r.contains(address));
    }

    private static boolean isLiteral(String s) {
        return !s.isEmpty() && (s.contains(":") ? s.matches("[0-9a-fA-F:.]+") : s.matches("\\d{1,3}(\\.\\d{1,3}){3}"));
    }

    /** Parses a literal without any DNS lookup (the pattern check above rules out host names). */
    private static byte[] literal(String s) {
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an IP address: " + s, e);
        }
    }
}
