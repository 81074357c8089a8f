package org.kcity.platform.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

import io.vertx.core.net.SocketAddress;

/**
 * The key of a caller without a token: its IP address, as Vert.x reports it (the peer, or the forwarded client when
 * {@code quarkus.http.proxy.proxy-address-forwarding} trusts the proxy in front). An IPv6 client counts by its /64
 * network, since one host is given a whole /64 and could otherwise take a fresh address for every request.
 */
final class ClientAddress {

    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientAddress() {
    }

    static String keyOf(SocketAddress peer) {
        if (peer == null || peer.hostAddress() == null) {
            return "unknown";
        }
        String address = peer.hostAddress();
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, IPV6_NETWORK_BYTES) + "::/64" : address;
        } catch (UnknownHostException notALiteral) {
            return address;
        }
    }
}
