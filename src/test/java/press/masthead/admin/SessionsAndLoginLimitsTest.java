package press.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.accounts.LoginOutcome;
import press.masthead.accounts.Role;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Backend;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestClock;
import press.masthead.testing.TestSite;

/** Sessions that end when they should, logins that slow guessing down, and two-factor codes, on a clock we move. */
@OnBothDatabases
class SessionsAndLoginLimitsTest {
    private static final TestClock CLOCK = TestClock.atNow();

    @Parameter
    Backend backend;

    private static TestSite site;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend, CLOCK, app -> { }, settings -> { });
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    private static void account(String email) {
        site.app().accounts().create(email, "Person " + email, Role.AUTHOR, AdminClient.PASSWORD);
    }

    private static HttpResponse<String> logIn(AdminClient client, String email, String password) {
        return client.postForm("/admin/login", Map.of("email", email, "password", password));
    }

    @Test
    void a_session_idle_for_longer_than_the_idle_timeout_ends() {
        AdminClient author = AdminClient.as(site, Role.AUTHOR, "idle@example.org", "Idle");
        CLOCK.advance(Duration.ofHours(11));
        assertThat(author.get("/admin/account").statusCode()).isEqualTo(200);

        CLOCK.advance(Duration.ofHours(12).plusMinutes(1));

        assertThat(author.get("/admin/account").statusCode()).isEqualTo(302);
    }

    @Test
    void a_session_in_daily_use_still_ends_after_the_absolute_timeout() {
        AdminClient author = AdminClient.as(site, Role.AUTHOR, "busy@example.org", "Busy");
        Duration used = Duration.ZERO;
        // A request every eleven hours keeps the session from idling out; only its age can end it.
        while (author.get("/admin/account").statusCode() == 200) {
            CLOCK.advance(Duration.ofHours(11));
            used = used.plusHours(11);
        }

        assertThat(used).isGreaterThan(Duration.ofDays(7)).isLessThanOrEqualTo(Duration.ofDays(7).plusHours(11));
    }

    @Test
    void logging_in_issues_a_new_session_id_so_a_planted_one_is_worthless() {
        account("fixation@example.org");
        AdminClient victim = AdminClient.anonymous(site);
        HttpResponse<String> planted = victim.send(victim.request("/admin/login")
                .header("Cookie", "masthead_session=planted-by-an-attacker"));
        assertThat(planted.statusCode()).isEqualTo(200);

        HttpResponse<String> login = logIn(victim, "fixation@example.org", AdminClient.PASSWORD);

        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("masthead_session=").doesNotContain("planted-by-an-attacker");
        assertThat(site.app().sessions().find("planted-by-an-attacker")).isEmpty();
    }

    @Test
    void five_failures_from_one_address_pause_that_account_there_but_not_from_another_address() {
        account("target@example.org");
        AdminClient attacker = AdminClient.anonymous(site);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(logIn(attacker, "target@example.org", "guess number " + attempt).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> sixth = logIn(attacker, "target@example.org", AdminClient.PASSWORD);
        LoginOutcome fromElsewhere = site.app().logins().logIn("target@example.org", AdminClient.PASSWORD, "203.0.113.7");

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After").map(Long::parseLong).orElseThrow())
                .isBetween(1L, 15 * 60L);
        assertThat(sixth.body()).contains("Too many failed attempts");
        assertThat(fromElsewhere).isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void the_pause_lifts_after_the_window_and_doubles_when_the_guessing_goes_on() {
        account("repeat@example.org");
        String ip = "198.51.100.20";
        for (int attempt = 0; attempt < 5; attempt++) {
            site.app().logins().logIn("repeat@example.org", "wrong " + attempt, ip);
        }
        assertThat(site.app().logins().logIn("repeat@example.org", "wrong", ip)).isInstanceOf(LoginOutcome.Throttled.class);

        CLOCK.advance(Duration.ofMinutes(16));
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(site.app().logins().logIn("repeat@example.org", "again " + attempt, ip))
                    .isInstanceOf(LoginOutcome.Refused.class);
        }
        CLOCK.advance(Duration.ofMinutes(16));
        LoginOutcome stillPaused = site.app().logins().logIn("repeat@example.org", AdminClient.PASSWORD, ip);

        assertThat(stillPaused).isInstanceOf(LoginOutcome.Throttled.class);
        assertThat(((LoginOutcome.Throttled) stillPaused).retryAfter()).isLessThanOrEqualTo(Duration.ofMinutes(14));
        CLOCK.advance(Duration.ofMinutes(15));
        assertThat(site.app().logins().logIn("repeat@example.org", AdminClient.PASSWORD, ip))
                .isInstanceOf(LoginOutcome.LoggedIn.class);
    }

    @Test
    void with_two_factor_on_the_password_alone_does_not_open_the_admin_and_a_recovery_code_works_once() {
        AdminClient person = AdminClient.as(site, Role.EDITOR, "twofactor@example.org", "Two Factor");
        Document started = Jsoup.parse(person.postForm("/admin/account/two-factor/start", Map.of()).body());
        String secret = started.selectFirst("input[name=secret]").attr("value");
        assertThat(started.select(".qr svg")).hasSize(1);
        HttpResponse<String> enabled = person.postForm("/admin/account/two-factor/enable",
                Map.of("secret", secret, "code", codeFor(secret)));
        List<String> recoveryCodes = Jsoup.parse(enabled.body()).select(".codes code").eachText();
        assertThat(recoveryCodes).hasSize(10);

        AdminClient later = AdminClient.anonymous(site);
        HttpResponse<String> password = logIn(later, "twofactor@example.org", AdminClient.PASSWORD);
        assertThat(password.headers().firstValue("Location").orElseThrow()).contains("/admin/login/two-factor");
        assertThat(later.get("/admin/account").statusCode()).isEqualTo(302);
        String pendingCsrf = Jsoup.parse(later.get("/admin/login/two-factor").body())
                .selectFirst("input[name=_csrf]").attr("value");
        HttpResponse<String> wrong = later.postForm("/admin/login/two-factor", Map.of("code", "000000", "_csrf", pendingCsrf));
        HttpResponse<String> recovered = later.postForm("/admin/login/two-factor",
                Map.of("code", recoveryCodes.get(0), "_csrf", pendingCsrf));

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(recovered.statusCode()).isEqualTo(303);
        assertThat(later.get("/admin/account").statusCode()).isEqualTo(200);
        var account = site.app().accounts().findByEmail("twofactor@example.org").orElseThrow();
        assertThat(site.app().twoFactor().verify(account, recoveryCodes.get(0))).isFalse();
        assertThat(site.app().twoFactor().verify(account, codeFor(secret))).isTrue();
    }

    @Test
    void logging_out_everywhere_ends_every_session_of_the_account() {
        AdminClient laptop = AdminClient.as(site, Role.AUTHOR, "everywhere@example.org", "Everywhere");
        AdminClient tablet = AdminClient.as(site, Role.AUTHOR, "everywhere@example.org", "Everywhere");

        HttpResponse<String> out = tablet.postForm("/admin/account/sessions/end-all", Map.of());

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(laptop.get("/admin/account").statusCode()).isEqualTo(302);
        assertThat(tablet.get("/admin/account").statusCode()).isEqualTo(302);
    }

    @Test
    void changing_the_password_logs_out_other_browsers_but_keeps_this_one() {
        AdminClient laptop = AdminClient.as(site, Role.AUTHOR, "newpass@example.org", "New Pass");
        AdminClient phone = AdminClient.as(site, Role.AUTHOR, "newpass@example.org", "New Pass");

        HttpResponse<String> changed = laptop.postForm("/admin/account/password", Map.of(
                "current", AdminClient.PASSWORD, "password", "an entirely new secret", "confirm", "an entirely new secret"));

        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(laptop.get("/admin/account").statusCode()).isEqualTo(200);
        assertThat(phone.get("/admin/account").statusCode()).isEqualTo(302);
    }

    @Test
    void a_too_short_new_password_is_refused_beside_its_field() {
        AdminClient author = AdminClient.as(site, Role.AUTHOR, "short@example.org", "Short");

        HttpResponse<String> refused = author.postForm("/admin/account/password", Map.of(
                "current", AdminClient.PASSWORD, "password", "short", "confirm", "short"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select("#password-error").text()).contains("at least 10 characters");
    }

    private static String codeFor(String secret) {
        try {
            return new DefaultCodeGenerator().generate(secret, CLOCK.instant().getEpochSecond() / 30);
        } catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
