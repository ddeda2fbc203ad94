package press.masthead.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.accounts.Role;
import press.masthead.testing.AdminClient;
import press.masthead.testing.Backend;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

@OnBothDatabases
class AdminLoginTest {
    @Parameter
    Backend backend;

    private static TestSite site;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    @Test
    void an_editor_logs_in_and_sees_the_dashboard_with_their_name() {
        AdminClient editor = AdminClient.as(site, Role.EDITOR);

        assertThat(editor.page("/admin/").select(".who").text()).contains("Test editor").contains("(editor)");
    }

    @Test
    void a_visitor_who_is_not_logged_in_is_sent_to_the_login_form_and_brought_back() {
        HttpResponse<String> dashboard = AdminClient.anonymous(site).get("/admin/account");

        assertThat(dashboard.statusCode()).isEqualTo(302);
        assertThat(dashboard.headers().firstValue("Location")).hasValue("/admin/login?next=%2Fadmin%2Faccount");
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_answer() {
        site.app().accounts().create("known@example.org", "Known", Role.AUTHOR, AdminClient.PASSWORD);
        AdminClient visitor = AdminClient.anonymous(site);

        HttpResponse<String> wrongPassword = visitor.postForm("/admin/login",
                Map.of("email", "known@example.org", "password", "not the password"));
        HttpResponse<String> unknownEmail = visitor.postForm("/admin/login",
                Map.of("email", "nobody@example.org", "password", "not the password"));

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownEmail.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body().replace("known@example.org", "EMAIL"))
                .isEqualTo(unknownEmail.body().replace("nobody@example.org", "EMAIL"));
    }
}
