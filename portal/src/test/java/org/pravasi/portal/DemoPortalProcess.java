package org.pravasi.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One portal jar with the demo data (a {@link PortalProcess} started with {@link BrowserJourney#demoData()}) for all
 * the read-only browser ITs of a test run: a test method or {@code @BeforeAll} method of a class extended with it gets
 * it as a {@link PortalProcess} parameter. It starts at the first such parameter and stops, its data folder deleted,
 * when the run ends. Each start costs a JVM, the geography import, publishing the demo datasets and indexing them;
 * scripts that only read share one. ITs that publish, sign in or otherwise change the store start their own.
 */
final class DemoPortalProcess implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DemoPortalProcess.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PortalProcess.class;
    }

    @Override
    public PortalProcess resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class)
                .portal();
    }

    /** The running portal and its data folder, closed by JUnit at the end of the run. */
    private record Running(PortalProcess portal, Path data) implements AutoCloseable {
        static Running start() {
            Path data = null;
            try {
                data = Files.createTempDirectory("pravasi-demo-portal-process");
                PortalProcess portal = PortalProcess.start(data, BrowserJourney.demoData());
                try {
                    portal.awaitHealthy(180);
                } catch (RuntimeException | IOException | InterruptedException e) {
                    portal.close();
                    throw e;
                }
                return new Running(portal, data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws IOException, InterruptedException {
            portal.kill();
            try (Stream<Path> files = Files.walk(data)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
