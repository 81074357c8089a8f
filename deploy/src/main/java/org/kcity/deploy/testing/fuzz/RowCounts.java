package org.kcity.deploy.testing.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/** How many rows each table of the service's own schema holds, but Flyway's history. */
final class RowCounts {

    private static final Duration STILL = Duration.ofMillis(600);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private RowCounts() {
    }

    static Map<String, Long> of(DataSource database) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'
                    ORDER BY table_name""")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the rows of the service's tables", e);
        }
    }

    /**
     * The counts once they stopped changing, so that work still under way when the run starts (events being
     * consumed, a scheduler) is not mistaken for a write of the run.
     */
    static Map<String, Long> whenStill(DataSource database) {
        Instant deadline = Instant.now().plus(PATIENCE);
        Map<String, Long> counts = of(database);
        while (Instant.now().isBefore(deadline)) {
            sleep();
            Map<String, Long> again = of(database);
            if (again.equals(counts)) {
                return counts;
            }
            counts = again;
        }
        throw new AssertionError("The service's tables kept changing for " + PATIENCE + ": " + counts);
    }

    private static void sleep() {
        try {
            Thread.sleep(STILL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
