package press.masthead.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import press.masthead.accounts.ApiToken;
import press.masthead.accounts.AuditEntry;
import press.masthead.accounts.Role;
import press.masthead.accounts.Session;
import press.masthead.testing.AtOnce;
import press.masthead.testing.Backend;
import press.masthead.testing.OnBothDatabases;
import press.masthead.testing.TestSite;

/**
 * The account stores as the database keeps them, on both databases: which sessions expire, which failed logins a
 * window counts, that a revoked token, a spent setup link and a used recovery code stay spent, the audit log a page
 * at a time, what deleting an account takes with it, and what nodes racing get: one set of recovery codes, one
 * secret for the whole site. Times are given, not read from a clock.
 */
@OnBothDatabases
class AccountStoresTest {
    private static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");

    @Parameter
    Backend backend;

    static TestSite site;

    @BeforeParameterizedClassInvocation
    static void start(Backend backend) {
        site = TestSite.start(backend);
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        site.close();
    }

    private static Database database() {
        return site.app().database();
    }

    /** An account that cannot log in (no password, so no slow hashing): what the rows below belong to. */
    private static long account(String email) {
        return site.app().accounts().create(email, "Person " + email, Role.AUTHOR, null).id();
    }

    private static Session session(String idHash, long account, Instant created, Instant lastSeen) {
        return new Session(idHash, account, "csrf-" + idHash, false, created, lastSeen);
    }

    @Test
    void expiringSessionsRemovesTheIdleAndTheOldAndKeepsOneIdleExactlyToTheLimit() {
        JdbcSessionStore sessions = new JdbcSessionStore(database());
        long owner = account("sessions@example.org");
        Instant idleLimit = NOW.minus(Duration.ofHours(12));
        Instant ageLimit = NOW.minus(Duration.ofDays(7));
        sessions.insert(session("idle", owner, NOW.minus(Duration.ofDays(1)), idleLimit.minusMillis(1)));
        sessions.insert(session("just-in-time", owner, NOW.minus(Duration.ofDays(1)), idleLimit));
        sessions.insert(session("old-but-busy", owner, ageLimit.minusMillis(1), NOW));
        sessions.insert(session("fresh", owner, NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofHours(1))));

        int removed = sessions.deleteExpired(idleLimit, ageLimit);

        assertThat(removed).isEqualTo(2);
        assertThat(sessions.find("idle")).isEmpty();
        assertThat(sessions.find("old-but-busy")).isEmpty();
        assertThat(sessions.find("just-in-time")).isPresent();
        assertThat(sessions.find("fresh")).isPresent();
    }

    @Test
    void aSessionKeepsItsFlagAndTimesToTheMillisecondAndTouchingMovesOnlyItsLastSeenTime() {
        JdbcSessionStore sessions = new JdbcSessionStore(database());
        long owner = account("touch@example.org");
        Instant created = Instant.parse("2026-11-02T07:59:59.123456789Z");
        sessions.insert(new Session("pending", owner, "token", true, created, created));

        sessions.touch("pending", NOW);

        Session read = sessions.find("pending").orElseThrow();
        assertThat(read.secondFactorPending()).isTrue();
        assertThat(read.createdAt()).isEqualTo(Instant.parse("2026-11-02T07:59:59.123Z"));
        assertThat(read.lastSeenAt()).isEqualTo(NOW);
        assertThat(read.csrfToken()).isEqualTo("token");
    }

    @Test
    void endingEverySessionOfOneAccountLeavesOtherAccountsLoggedIn() {
        JdbcSessionStore sessions = new JdbcSessionStore(database());
        long leaving = account("leaving@example.org");
        long staying = account("staying@example.org");
        sessions.insert(session("laptop", leaving, NOW, NOW));
        sessions.insert(session("phone", leaving, NOW, NOW));
        sessions.insert(session("desk", staying, NOW, NOW));

        assertThat(sessions.deleteAllOf(leaving)).isEqualTo(2);

        assertThat(sessions.find("laptop")).isEmpty();
        assertThat(sessions.find("phone")).isEmpty();
        assertThat(sessions.find("desk")).isPresent();
    }

    @Test
    void aFailureWindowCountsFromItsFirstMillisecondNewestFirstForTheAddressAndThePairAlone() {
        JdbcLoginFailureStore failures = new JdbcLoginFailureStore(database());
        Instant since = NOW.minus(Duration.ofMinutes(15));
        failures.record("window@example.org", "192.0.2.10", since.minusMillis(1));
        failures.record("window@example.org", "192.0.2.10", since);
        failures.record("window@example.org", "192.0.2.10", NOW);
        failures.record("other@example.org", "192.0.2.10", NOW.minusSeconds(1));
        failures.record("window@example.org", "198.51.100.10", NOW);

        assertThat(failures.fromAddress("192.0.2.10", since)).containsExactly(NOW, NOW.minusSeconds(1), since);
        assertThat(failures.forAccountFromAddress("window@example.org", "192.0.2.10", since))
                .containsExactly(NOW, since);

        failures.clear("window@example.org", "192.0.2.10");
        assertThat(failures.fromAddress("192.0.2.10", since)).containsExactly(NOW.minusSeconds(1));
        assertThat(failures.fromAddress("198.51.100.10", since)).containsExactly(NOW);

        failures.deleteBefore(NOW);
        assertThat(failures.fromAddress("192.0.2.10", Instant.EPOCH)).isEmpty();
        assertThat(failures.fromAddress("198.51.100.10", Instant.EPOCH)).containsExactly(NOW);
    }

    @Test
    void aRevokedTokenIsNoLongerFoundAndRevokingItAgainChangesNothing() {
        JdbcApiTokenStore tokens = new JdbcApiTokenStore(database());
        long owner = account("tokens@example.org");
        long first = tokens.insert(owner, "feeds", "hash-of-first", NOW);
        long second = tokens.insert(owner, "deploy", "hash-of-second", NOW);
        tokens.markUsed(first, NOW.plusSeconds(5));

        assertThat(tokens.revoke(first, NOW.plusSeconds(10))).isTrue();
        assertThat(tokens.revoke(first, NOW.plusSeconds(20))).isFalse();

        assertThat(tokens.findActive("hash-of-first")).isEmpty();
        assertThat(tokens.findActive("hash-of-second")).map(ApiToken::id).hasValue(second);
        ApiToken revoked = tokens.findById(first).orElseThrow();
        assertThat(revoked.revokedAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(revoked.lastUsedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(tokens.forAccount(owner)).as("made in the same millisecond: the later one first")
                .extracting(ApiToken::id).containsExactly(second, first);
    }

    @Test
    void aSetupTokenWorksOnceAndOnlyBeforeItExpires() {
        JdbcSetupTokenStore setup = new JdbcSetupTokenStore(database());
        setup.insert("once", NOW.plus(Duration.ofHours(24)));
        setup.insert("late", NOW);

        assertThat(setup.isUsable("once", NOW)).isTrue();
        assertThat(setup.use("once", NOW)).isTrue();
        assertThat(setup.use("once", NOW)).isFalse();
        assertThat(setup.isUsable("once", NOW)).isFalse();
        assertThat(setup.isUsable("late", NOW.minusMillis(1))).isTrue();
        assertThat(setup.isUsable("late", NOW)).as("expired at its expiry time").isFalse();
        assertThat(setup.use("late", NOW)).isFalse();
        assertThat(setup.use("never issued", NOW)).isFalse();
    }

    @Test
    void theAuditLogPagesNewestFirstWithEntriesOfOneMillisecondInTheOrderTheyWereWritten() {
        JdbcAuditLogStore audit = new JdbcAuditLogStore(database());
        int before = audit.count();
        // Later than anything else written here, so these are the newest entries.
        Instant sameTime = Instant.parse("2100-01-01T00:00:00.000999Z");
        for (int i = 1; i <= 25; i++) {
            audit.insert(new AuditEntry(0, sameTime, null, "", "test.same_time", "entry " + i, "", ""));
        }

        List<AuditEntry> pages = new ArrayList<>();
        for (int offset = 0; offset < 25; offset += 5) {
            pages.addAll(audit.recent(offset, 5));
        }

        assertThat(audit.count()).isEqualTo(before + 25);
        assertThat(pages).extracting(AuditEntry::subject).hasSize(25).doesNotHaveDuplicates()
                .startsWith("entry 25", "entry 24").endsWith("entry 2", "entry 1");
        assertThat(pages).extracting(AuditEntry::at).containsOnly(Instant.parse("2100-01-01T00:00:00Z"));
    }

    @Test
    void deletingAnAccountEndsItsSessionsAndTokensAndKeepsItsAuditEntriesWithoutIt() {
        long gone = account("deleted@example.org");
        JdbcSessionStore sessions = new JdbcSessionStore(database());
        JdbcApiTokenStore tokens = new JdbcApiTokenStore(database());
        JdbcAuditLogStore audit = new JdbcAuditLogStore(database());
        sessions.insert(session("of-the-deleted", gone, NOW, NOW));
        long token = tokens.insert(gone, "", "hash-of-the-deleted", NOW);
        audit.insert(new AuditEntry(0, NOW, gone, "deleted@example.org", "test.before_deletion", "", "", ""));

        new JdbcAccountStore(database()).delete(gone);

        assertThat(sessions.find("of-the-deleted")).isEmpty();
        assertThat(tokens.findById(token)).isEmpty();
        AuditEntry kept = audit.recent(0, audit.count()).stream()
                .filter(entry -> entry.action().equals("test.before_deletion")).findFirst().orElseThrow();
        assertThat(kept.accountId()).isNull();
        assertThat(kept.actor()).isEqualTo("deleted@example.org");
    }

    @Test
    void aRecoveryCodeIsSpentByItsFirstUse() {
        JdbcAccountStore accounts = new JdbcAccountStore(database());
        long owner = account("recovery@example.org");
        accounts.replaceRecoveryCodes(owner, List.of("hash-a", "hash-b"));

        assertThat(accounts.useRecoveryCode(owner, "hash-a")).isTrue();
        assertThat(accounts.useRecoveryCode(owner, "hash-a")).isFalse();
        assertThat(accounts.useRecoveryCode(account("someone-else@example.org"), "hash-b")).isFalse();
        assertThat(accounts.useRecoveryCode(owner, "hash-b")).isTrue();
    }

    @Test
    void recoveryCodesReplacedFromTwoNodesAtOnceAreOneWholeSetWheneverTheyAreRead() throws Exception {
        long owner = account("two-tabs@example.org");
        try (Database otherNode = site.openDatabaseAsAnotherNode()) {
            List<JdbcAccountStore> nodes = List.of(new JdbcAccountStore(database()), new JdbcAccountStore(otherNode));
            List<Callable<List<Integer>>> replacing = new ArrayList<>();
            for (int replacer = 0; replacer < 4; replacer++) {
                JdbcAccountStore node = nodes.get(replacer % nodes.size());
                String name = "replacer " + replacer;
                replacing.add(() -> {
                    List<Integer> counted = new ArrayList<>();
                    for (int set = 0; set < 15; set++) {
                        String setName = name + " set " + set;
                        node.replaceRecoveryCodes(owner,
                                IntStream.range(0, 10).mapToObj(i -> setName + " code " + i).toList());
                        counted.add(recoveryCodesOf(owner).size());
                    }
                    return counted;
                });
            }

            List<List<Integer>> counted = AtOnce.run(replacing);

            assertThat(counted).flatExtracting(counts -> counts).containsOnly(10);
            List<String> kept = recoveryCodesOf(owner);
            String keptSet = kept.get(0).substring(0, kept.get(0).indexOf(" code "));
            assertThat(kept).allSatisfy(code -> assertThat(code).startsWith(keptSet + " code "));
        }
    }

    private static List<String> recoveryCodesOf(long account) {
        return database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT code_hash FROM recovery_codes WHERE account_id = :account ORDER BY code_hash")
                .bind("account", account).mapTo(String.class).list());
    }

    @Test
    void nodesAskingForANewSecretAtOnceAllGetTheSameOne() throws Exception {
        try (Database otherNode = site.openDatabaseAsAnotherNode()) {
            List<JdbcSiteSecretStore> nodes = List.of(new JdbcSiteSecretStore(database()),
                    new JdbcSiteSecretStore(otherNode));
            List<Callable<String>> asking = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                JdbcSiteSecretStore node = nodes.get(i % nodes.size());
                String candidate = "candidate " + i;
                asking.add(() -> node.getOrCreate("raced", candidate));
            }

            List<String> secrets = AtOnce.run(asking);

            assertThat(secrets).hasSize(8).containsOnly(secrets.get(0));
            assertThat(secrets.get(0)).startsWith("candidate ");
            assertThat(nodes.get(1).getOrCreate("raced", "too late")).isEqualTo(secrets.get(0));
        }
    }
}
