package org.kcity.deploy.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Assembles the root file system that every service image is built on, from what this machine already has, so the
 * image build needs no container registry and no Docker daemon: Jib starts from {@code scratch} and adds this tree.
 *
 * <ul>
 * <li>{@code /opt/java}: a Java runtime linked with {@code jlink} from the build's own JDK ({@code $JAVA_HOME/jmods}),
 * only the modules a Quarkus service uses, no debug symbols, no desktop libraries (so no X11, sound or fonts);</li>
 * <li>the native libraries that runtime needs (glibc, libstdc++, libgcc_s, zlib), found with {@code ldd} and copied
 * from the same machine, so they are the versions the JDK was built and tested with, and the dynamic loader at
 * {@code /lib64/ld-linux-x86-64.so.2};</li>
 * <li>{@code cacerts} built from the Mozilla CA set of Debian's {@code ca-certificates} package only (never the
 * machine's local additions, such as a proxy's CA);</li>
 * <li>{@code /etc/passwd} and {@code /etc/group} with the unprivileged user {@code kcity} (uid and gid 1001), and
 * {@code /tmp}.</li>
 * </ul>
 *
 * It is built once into {@code deploy/target/image-runtime} and rebuilt only when the JDK changes.
 * Usage: {@code ImageRuntime <output directory>}.
 */
public final class ImageRuntime {

    /** What a Quarkus service with JDBC, Kafka (SASL/SCRAM, TLS), JWT and Micrometer needs at run time. */
    static final List<String> MODULES = List.of("java.se", "jdk.unsupported", "jdk.crypto.ec", "jdk.crypto.cryptoki",
            "jdk.security.auth", "jdk.security.jgss", "jdk.management", "jdk.naming.dns", "jdk.net", "jdk.zipfs",
            "jdk.jfr");
    /** Desktop libraries of java.desktop (windows, sound, font rendering, images): a headless service never loads them. */
    static final List<String> DESKTOP_LIBRARIES = List.of("libawt_xawt.so", "libsplashscreen.so", "libjsound.so",
            "libfontmanager.so", "libjavajpeg.so", "liblcms.so", "libjawt.so");
    static final int USER_ID = 1001;
    private static final Path MOZILLA_CAS = Path.of("/usr/share/ca-certificates/mozilla");
    private static final Pattern LDD_LINE = Pattern.compile("^\\s*(\\S+)\\s+=>\\s+(/\\S+)\\s+\\(0x[0-9a-f]+\\)$");
    private static final Pattern LDD_LOADER = Pattern.compile("^\\s*(/\\S*ld-linux\\S*)\\s+\\(0x[0-9a-f]+\\)$");

    private ImageRuntime() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: ImageRuntime <output directory>");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath();
        Path jdk = Path.of(System.getProperty("java.home"));
        String stamp = jdk + " " + System.getProperty("java.vm.version") + " " + MODULES;
        Path marker = root.resolve(".built-from");
        if (Files.exists(marker) && Files.readString(marker).equals(stamp)) {
            System.out.println("Image runtime up to date: " + root);
            return;
        }
        deleteTree(root);
        Files.createDirectories(root);
        link(jdk, root.resolve("opt/java"));
        copyNativeLibraries(root);
        writeCaCertificates(root.resolve("opt/java/lib/security/cacerts"));
        writeUsers(root);
        Files.createDirectories(root.resolve("tmp"));
        Files.writeString(marker, stamp);
        System.out.println("Image runtime assembled in " + root);
    }

    private static void link(Path jdk, Path output) throws IOException {
        Path jmods = jdk.resolve("jmods");
        if (!Files.isDirectory(jmods)) {
            throw new IllegalStateException("The JDK at " + jdk + " has no jmods/ to link a runtime from (on Debian: "
                    + "apt-get install openjdk-17-jmods); or build with -Djib.skip=true");
        }
        ToolProvider jlink = ToolProvider.findFirst("jlink")
                .orElseThrow(() -> new IllegalStateException("No jlink in " + jdk + ": build with a full JDK"));
        StringWriter log = new StringWriter();
        int exit = jlink.run(new PrintWriter(log), new PrintWriter(log), "--module-path", jmods.toString(),
                "--add-modules", String.join(",", MODULES), "--strip-debug", "--no-man-pages", "--no-header-files",
                "--output", output.toString());
        if (exit != 0) {
            throw new IllegalStateException("jlink failed (" + exit + "): " + log);
        }
        Files.deleteIfExists(output.resolve("lib/security/cacerts"));
        for (String library : DESKTOP_LIBRARIES) {
            Files.deleteIfExists(output.resolve("lib").resolve(library));
        }
    }

    /** Copies every library that an executable or library of the runtime needs, and the loader, as plain files. */
    private static void copyNativeLibraries(Path root) throws IOException, InterruptedException {
        Path java = root.resolve("opt/java");
        List<Path> binaries;
        try (Stream<Path> files = Files.walk(java)) {
            binaries = files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".so") || file.getParent().endsWith("bin"))
                    .sorted().toList();
        }
        Map<String, Path> needed = new TreeMap<>();
        for (Path binary : binaries) {
            for (String line : ldd(binary)) {
                Matcher library = LDD_LINE.matcher(line);
                Matcher loader = LDD_LOADER.matcher(line);
                if (library.matches() && !Path.of(library.group(2)).toRealPath().startsWith(java.toRealPath())) {
                    needed.put(library.group(2), Path.of(library.group(2)));
                } else if (loader.matches()) {
                    needed.put(loader.group(1), Path.of(loader.group(1)));
                }
            }
        }
        for (Path library : needed.values()) {
            Path target = root.resolve(library.toString().substring(1));
            if (!library.startsWith("/lib64")) {
                // Debian merges /lib into /usr/lib; the image has only /usr/lib/<triplet>, the loader's default path.
                target = root.resolve("usr/lib").resolve(library.getParent().getFileName()).resolve(library.getFileName());
            }
            Files.createDirectories(target.getParent());
            Files.copy(library.toRealPath(), target, StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("Native libraries: " + needed.keySet());
    }

    private static List<String> ldd(Path binary) throws IOException, InterruptedException {
        Process ldd = new ProcessBuilder("ldd", binary.toString()).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = ldd.getInputStream()) {
            in.transferTo(out);
        }
        ldd.waitFor();
        List<String> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.contains("not found") && !line.contains("libjvm.so") && !line.contains("libawt.so")) {
                System.out.println("ldd " + binary + ": " + line.strip());
            }
            lines.add(line);
        }
        return lines;
    }

    private static void writeCaCertificates(Path cacerts) throws IOException {
        try (Stream<Path> files = Files.list(MOZILLA_CAS)) {
            List<Path> certificates = files.filter(file -> file.toString().endsWith(".crt"))
                    .sorted(Comparator.naturalOrder()).toList();
            if (certificates.isEmpty()) {
                throw new IllegalStateException("No CA certificates in " + MOZILLA_CAS + " (Debian package ca-certificates)");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : certificates) {
                try (InputStream in = Files.newInputStream(file)) {
                    X509Certificate certificate = (X509Certificate) factory.generateCertificate(in);
                    String alias = file.getFileName().toString().replace(".crt", "").toLowerCase();
                    store.setCertificateEntry(alias, certificate);
                }
            }
            try (OutputStream out = Files.newOutputStream(cacerts)) {
                store.store(out, "changeit".toCharArray());
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not build cacerts", e);
        }
    }

    private static void writeUsers(Path root) throws IOException {
        Path etc = Files.createDirectories(root.resolve("etc"));
        Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/sbin/nologin\n"
                + "kcity:x:" + USER_ID + ":" + USER_ID + ":K-City service:/tmp:/sbin/nologin\n");
        Files.writeString(etc.resolve("group"), "root:x:0:\nkcity:x:" + USER_ID + ":\n");
        Files.writeString(etc.resolve("nsswitch.conf"), "passwd: files\ngroup: files\nhosts: files dns\n");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
