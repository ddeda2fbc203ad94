package press.masthead.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One running site for every test class that asks for it, started once per test run and closed when the run ends:
 * {@code @ExtendWith(SharedSite.class)} and a {@code TestSite} parameter on a {@code @BeforeAll} method. Starting a
 * site costs seconds; the admin's article tests share one, each with accounts and articles of its own.
 */
public final class SharedSite implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedSite.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestSite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The root context's store closes what it holds (TestSite is AutoCloseable) when the whole run ends.
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("site", key -> TestSite.start(),
                TestSite.class);
    }
}
