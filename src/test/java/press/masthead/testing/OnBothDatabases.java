package press.masthead.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test of a class once on SQLite and once on PostgreSQL. The class starts its site for each in a
 * {@code @BeforeParameterizedClassInvocation} method that takes the {@link Backend} (and closes it in an
 * {@code @AfterParameterizedClassInvocation} one), or takes the backend in its constructor.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "on {0}")
@EnumSource(Backend.class)
public @interface OnBothDatabases {
}
