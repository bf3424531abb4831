package com.huoke.customer;

import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Inserts a row unless one with the same unique key exists, without failing the transaction: a
 * plain INSERT that hits a unique key aborts the whole transaction on PostgreSQL, so concurrent
 * captures of the same person would fail instead of finding each other. PostgreSQL gets {@code
 * INSERT … ON CONFLICT DO NOTHING} (which waits for a concurrent insert of the same key to commit
 * or roll back, then does nothing or inserts); H2, which has no ON CONFLICT outside its PostgreSQL
 * mode, gets {@code MERGE … WHEN NOT MATCHED THEN INSERT}, and on H2 a failed statement leaves the
 * transaction usable, so a concurrent duplicate is caught there.
 */
@Component
class InsertIfAbsent {

  private final JdbcTemplate jdbc;
  private final boolean postgres;

  InsertIfAbsent(JdbcTemplate jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.postgres = isPostgres(dataSource);
  }

  /**
   * Inserts a row of {@code values} (in the order of the table's columns) unless a row with the
   * same unique key exists; returns true when the row was inserted.
   */
  boolean insert(Table table, Object... values) {
    try {
      return jdbc.update(postgres ? table.postgresSql : table.h2Sql, values) > 0;
    } catch (DuplicateKeyException concurrentInsert) {
      if (postgres) {
        throw concurrentInsert; // cannot happen with ON CONFLICT; never swallow an abort
      }
      return false;
    }
  }

  /** A table's insert statements for both dialects. */
  static final class Table {
    private final String postgresSql;
    private final String h2Sql;

    /**
     * @param columns "name type" pairs, e.g. {@code "kind varchar(32)"}; H2 needs the types to type
     *     the parameters of its MERGE
     * @param key the unique key's column names
     */
    Table(String name, List<String> columns, List<String> key) {
      List<String> names = columns.stream().map(c -> c.split(" ", 2)[0]).toList();
      String nameList = String.join(", ", names);
      String params = names.stream().map(n -> "?").collect(Collectors.joining(", "));
      this.postgresSql =
          "insert into %s (%s) values (%s) on conflict (%s) do nothing"
              .formatted(name, nameList, params, String.join(", ", key));
      String typedParams =
          columns.stream()
              .map(c -> "cast(? as " + c.split(" ", 2)[1] + ")")
              .collect(Collectors.joining(", "));
      String matches =
          key.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" and "));
      String sourceValues = names.stream().map(n -> "s." + n).collect(Collectors.joining(", "));
      this.h2Sql =
          ("merge into %s t using (values (%s)) s (%s) on %s"
                  + " when not matched then insert (%s) values (%s)")
              .formatted(name, typedParams, nameList, matches, nameList, sourceValues);
    }
  }

  private static boolean isPostgres(DataSource dataSource) {
    try {
      String product =
          JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
      return product.toLowerCase(Locale.ROOT).contains("postgres");
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database this is", e);
    }
  }
}
