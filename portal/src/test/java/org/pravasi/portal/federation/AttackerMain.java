package org.pravasi.portal.federation;

import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The hostile peers of {@link HarvestUnderAttackIT} in a JVM of their own, as if on another machine (started by
 * {@link AttackerProcess}): serves one {@link PeerSpec} per argument on 127.0.0.1 port 0 and prints {@code peer N URL}
 * for each, then {@code ready}. On stdin, {@code arm N} arms flood N ({@code armed N} when done); at the end of stdin
 * (the test JVM closed it, or died) it exits.
 */
public final class AttackerMain {
    private AttackerMain() {}

    public static void main(String[] args) throws Exception {
        Vertx vertx = Vertx.vertx();
        Map<Integer, FloodingPeer> floods = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            PeerSpec spec = PeerSpec.decode(args[i]);
            String url;
            if (spec.kind().equals("flood")) {
                FloodingPeer flood = new FloodingPeer(vertx, spec.base(), Math.toIntExact(spec.bytes()));
                floods.put(i, flood);
                url = flood.url();
            } else {
                url = new HostilePeer(vertx, spec.realUrl(), spec.realBase(), spec.base(), spec.tamper()).url();
            }
            System.out.println("peer " + i + " " + url);
        }
        System.out.println("ready");
        System.out.flush();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] command = line.strip().split(" ");
                FloodingPeer flood = command.length == 2 && command[0].equals("arm") && command[1].matches("\\d{1,9}")
                        ? floods.get(Integer.parseInt(command[1]))
                        : null;
                if (flood == null) {
                    System.out.println("unknown command '" + line + "': arm N, N a flood's number " + floods.keySet());
                } else {
                    flood.arm();
                    System.out.println("armed " + command[1]);
                }
                System.out.flush();
            }
        }
        vertx.close().await();
        System.exit(0);
    }
}
