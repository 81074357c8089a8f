package org.kcity.deploy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementLogTest {

    private static final List<String> LOGGED_SUBMISSION = List.of(
            "BEGIN",
            "INSERT INTO idempotency_record (scope, idempotency_key) VALUES ($1, $2) ON CONFLICT (scope, idempotency_key) DO NOTHING",
            "select a1_0.id,a1_0.status from application a1_0 where a1_0.id=$1 for no key update of a1_0",
            "select c1_0.id from program_call c1_0 where c1_0.id=$1 for share of c1_0",
            "SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))",
            "SELECT n.nspname, t.typname FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON t.typnamespace = n.oid WHERE t.oid = $1",
            "insert into outbox_event (id,payload) values ($1,$2)\n\tRETURNING *",
            "COMMIT");

    @Test
    void aStatementIsKnownByItsKindTableRowLockAndConflictClause() {
        assertEquals("select application for no key update", StatementLog.shape(LOGGED_SUBMISSION.get(2)));
        assertEquals("select program_call for share", StatementLog.shape(LOGGED_SUBMISSION.get(3)));
        assertEquals("select pg_advisory_xact_lock", StatementLog.shape(LOGGED_SUBMISSION.get(4)));
        assertEquals("insert idempotency_record on conflict", StatementLog.shape(LOGGED_SUBMISSION.get(1)));
        assertEquals("update application", StatementLog.shape("update application set status=$1 where id=$2 and version=$3"));
    }

    @Test
    void aScriptWithTheSameStatementsMatchesWhateverItsValues(@TempDir Path dir) throws IOException {
        Path script = write(dir, """
                \\set n random(1, 100)
                BEGIN;
                INSERT INTO idempotency_record (scope, idempotency_key) VALUES ('org-' || CAST(:n AS text), 'key')
                  ON CONFLICT (scope, idempotency_key) DO NOTHING;
                select a1_0.id,a1_0.status from application a1_0 where a1_0.id='draft-' || CAST(:n AS text) for no key update of a1_0;
                select c1_0.id from program_call c1_0 where c1_0.id=:call for share of c1_0;
                SELECT pg_advisory_xact_lock(hashtext('a'), hashtext('b'));
                insert into outbox_event (id,payload) values (gen_random_uuid(), '{}') RETURNING *;
                COMMIT;
                """);

        StatementLog.Check check = StatementLog.check(script, LOGGED_SUBMISSION);

        assertTrue(check.matches(), () -> check.logged() + " vs " + check.scripted());
    }

    @Test
    void aScriptThatLacksALoggedStatementOrLocksDifferentlyDoesNotMatch(@TempDir Path dir) throws IOException {
        Path withoutTheLock = write(dir, """
                BEGIN;
                INSERT INTO idempotency_record (scope, idempotency_key) VALUES ('s', 'k') ON CONFLICT DO NOTHING;
                select a1_0.id from application a1_0 where a1_0.id='x' for update;
                select c1_0.id from program_call c1_0 where c1_0.id=:call for share;
                insert into outbox_event (id,payload) values (gen_random_uuid(), '{}');
                COMMIT;
                """);

        StatementLog.Check check = StatementLog.check(withoutTheLock, LOGGED_SUBMISSION);

        assertFalse(check.matches());
        assertEquals(List.of("insert idempotency_record on conflict", "select application for update",
                "select program_call for share", "insert outbox_event"), check.scripted());
    }

    private static Path write(Path dir, String text) throws IOException {
        return Files.writeString(dir.resolve("script.sql"), text);
    }
}
