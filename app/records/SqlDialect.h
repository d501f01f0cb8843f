#pragma once

// The SQL dialects DEX Desk speaks (SQLite, the embedded default, and PostgreSQL) and the one
// place that knows where they differ: every query that needs a dialect-specific piece asks here.

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace dexdesk {

enum class SqlDialect { SQLite, PostgreSQL };

namespace sql {

// `a IS b` (null-safe equality): SQLite's IS, PostgreSQL's IS NOT DISTINCT FROM.
QString same(SqlDialect d, const QString &a, const QString &b);
// `a IS NOT b`: SQLite's IS NOT, PostgreSQL's IS DISTINCT FROM.
QString differs(SqlDialect d, const QString &a, const QString &b);
// The larger or smaller of two values: SQLite's two-argument MAX/MIN, PostgreSQL's GREATEST/LEAST.
QString greatest(SqlDialect d, const QString &a, const QString &b);
QString least(SqlDialect d, const QString &a, const QString &b);
// Whether a text column holds valid JSON, and a top-level field of it as text (NULL when absent).
// PostgreSQL uses dexdesk_json(), which the schema defines (NULL for text that is not JSON).
QString jsonValid(SqlDialect d, const QString &column);
QString jsonField(SqlDialect d, const QString &column, const QString &field);
// The statement that defines dexdesk_json() on PostgreSQL.
QString postgresqlJsonFunction();
// A JSON object {"name":value,…} as compact text, the same bytes in both dialects (SQLite's
// json_object), so key text written by a trigger matches key text built by a query.
QString jsonObject(SqlDialect d, const QList<QPair<QString, QString>> &nameAndExpression);
// SQLite's " INDEXED BY name" (a plan the code relies on); PostgreSQL's planner picks itself.
QString indexedBy(SqlDialect d, const QString &index);
// UTC milliseconds since the epoch, evaluated in the database (triggers).
QString nowMs(SqlDialect d);
// A schema statement written for SQLite (CREATE TABLE / INDEX, ALTER TABLE ADD COLUMN) in
// PostgreSQL's types: INTEGER becomes BIGINT (SQLite's integers are 64-bit), an AUTOINCREMENT key
// an identity column.
QString ddl(SqlDialect d, const QString &sqliteStatement);
QStringList ddl(SqlDialect d, const QStringList &sqliteStatements);
// `column` contains the bound text (one ? for containsPattern()), ignoring case as SQLite's LIKE
// does: PostgreSQL's LIKE is case-sensitive, so it uses ILIKE. The escape character is '!', not a
// backslash, so no literal depends on how either database (or Qt's placeholder parser) quotes one.
QString containsText(SqlDialect d, const QString &column);
QString containsPattern(const QString &text); // the value to bind: % and _ are literal

} // namespace sql

} // namespace dexdesk
