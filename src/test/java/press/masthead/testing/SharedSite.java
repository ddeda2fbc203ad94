package press.masthead.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One running site per database for every test class that asks for it, started once per test run and closed when
 * the run ends: {@code @ExtendWith(SharedSite.class)} and a {@code TestSite} parameter on a {@code @BeforeAll} method
 * (the SQLite site), or a {@link Sites} parameter on an {@code @OnBothDatabases} class's
 * {@code @BeforeParameterizedClassInvocation} method. Starting a site costs seconds; the admin's article tests share
 * one, each with accounts and articles of its own.
 */
public final class SharedSite implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedSite.class);

    /** The run's shared sites, one for each database, each started when a class first asks for it. */
    public static final class Sites {
        private final ExtensionContext.Store store;

        private Sites(ExtensionContext.Store store) {
            this.store = store;
        }

        public TestSite on(Backend backend) {
            // The root context's store closes what it holds (TestSite is AutoCloseable) when the whole run ends.
            return store.getOrComputeIfAbsent(backend, key -> TestSite.start(backend), TestSite.class);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestSite.class || type == Sites.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Sites sites = new Sites(context.getRoot().getStore(NAMESPACE));
        return parameter.getParameter().getType() == Sites.class ? sites : sites.on(Backend.SQLITE);
    }
}
